namespace Mentorship.EndToEnd.Tests.Browser;

/// <summary>services/Web/docs, where the journey leaves its screenshots for the README.</summary>
public static class Screenshots
{
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
