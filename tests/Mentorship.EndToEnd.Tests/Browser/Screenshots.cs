namespace Mentorship.EndToEnd.Tests.Browser;

/// <summary>
/// services/Web/docs, where the journeys leave their screenshots for the README when the run sets
/// MENTORSHIP_SCREENSHOTS=1. Other runs take none: full-page captures cost the browser CPU that the
/// suite's two cores need.
/// </summary>
public static class Screenshots
{
    public static bool Wanted { get; } = Environment.GetEnvironmentVariable("MENTORSHIP_SCREENSHOTS") == "1";

    public static string Folder { get; } = Find();

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Mentorship.sln")))
            directory = directory.Parent;
        var folder = Path.Combine(directory?.FullName ?? Path.GetTempPath(), "services", "Web", "docs");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
