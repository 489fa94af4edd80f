namespace Mentorship.Enrollment.Imports;

public static class ImportLimits
{
    /// <summary>The gateway's limit for this route; the service enforces it too.</summary>
    public const long MaxFileBytes = 20 * 1024 * 1024;

    /// <summary>A cohort is at most a few thousand people; this bounds the memory one file takes.</summary>
    public const int MaxRows = 50_000;

    /// <summary>Rows written per transaction: one SaveChanges each.</summary>
    public const int BatchSize = 500;

    public static void EnsureRowCount(int rows)
    {
        if (rows > MaxRows)
            throw new ImportFileException($"The file has more than {MaxRows} rows; split it.");
    }
}
