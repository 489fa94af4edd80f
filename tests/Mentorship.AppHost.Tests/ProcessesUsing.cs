namespace Mentorship.AppHost.Tests;

/// <summary>The processes left of a run: those whose command line or environment names its data folder.</summary>
public static class ProcessesUsing
{
    public static List<string> Folder(string folder) =>
        [.. Directory.EnumerateDirectories("/proc")
            .Where(path => int.TryParse(Path.GetFileName(path), out _))
            .Select(path => (Path: path, Text: ReadQuietly(Path.Combine(path, "cmdline")) + ReadQuietly(Path.Combine(path, "environ"))))
            .Where(process => process.Text.Contains(folder, StringComparison.Ordinal))
            .Select(process => $"{Path.GetFileName(process.Path)}: {process.Text.Replace('\0', ' ')[..Math.Min(120, process.Text.Length)]}")];

    /// <summary>Waits up to the time given for the folder's processes to end; those still running.</summary>
    public static async Task<List<string>> AfterAsync(string folder, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Folder(folder).Count > 0 && DateTime.UtcNow < deadline)
            await Task.Delay(100);
        return Folder(folder);
    }

    private static string ReadQuietly(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }
}
