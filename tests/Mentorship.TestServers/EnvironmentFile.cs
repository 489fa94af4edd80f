namespace Mentorship.TestServers;

/// <summary>A file of <c>export NAME='value'</c> lines a shell sources, written whole or not at all.</summary>
public static class EnvironmentFile
{
    public static async Task WriteAsync(string path, IReadOnlyDictionary<string, string> variables)
    {
        var lines = variables.Select(variable => $"export {variable.Key}={Quote(variable.Value)}");
        var partial = path + ".partial";
        await File.WriteAllLinesAsync(partial, lines);
        // The script waits for the file to appear: it must never read half of it.
        File.Move(partial, path, overwrite: true);
    }

    /// <summary>Single quotes keep ';' and '=' of connection strings literal; a quote inside is closed, escaped and reopened.</summary>
    public static string Quote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
