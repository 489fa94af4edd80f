namespace Mentorship.Enrollment.Domain.Imports;

/// <summary>The result of one row of an import, stored with the batch that handled it so it can be read afterwards.</summary>
public sealed class ImportRowOutcome
{
    public Guid ImportId { get; init; }

    /// <summary>The row as a spreadsheet numbers it: the header is row 1.</summary>
    public int Row { get; init; }

    public ImportRowStatus Status { get; init; }

    public List<ImportError> Errors { get; init; } = [];

    /// <summary>The application the row created; null when it created none.</summary>
    public Guid? ApplicationId { get; init; }

    /// <summary>The eligibility verdict of the created application.</summary>
    public bool? Eligible { get; init; }
}
