using System.Globalization;

namespace Mentorship.Drills.Platform;

/// <summary>A process and its descendants, read from /proc (Linux): .NET lists no process's children.</summary>
public static class ProcessTree
{
    /// <summary>The root first, then every process whose parent is in the tree.</summary>
    public static IReadOnlyList<int> Of(int root)
    {
        var children = ParentsByProcess()
            .GroupBy(p => p.Parent)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Process).ToList());
        var tree = new List<int> { root };
        for (var i = 0; i < tree.Count; i++)
            tree.AddRange(children.GetValueOrDefault(tree[i]) ?? []);
        return tree;
    }

    private static IEnumerable<(int Process, int Parent)> ParentsByProcess()
    {
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var process))
                continue;
            string stat;
            try
            {
                stat = File.ReadAllText(Path.Combine(directory, "stat"));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                continue; // Ended while we looked.
            }

            if (ParentOf(stat) is { } parent)
                yield return (process, parent);
        }
    }

    /// <summary>
    /// The fourth field of /proc/PID/stat. The second is the command name in parentheses, which may hold
    /// spaces and parentheses itself: the fields after it are counted from its last ')'.
    /// </summary>
    public static int? ParentOf(string stat)
    {
        var fields = stat[(stat.LastIndexOf(')') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return fields.Length > 1 && int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var parent) ? parent : null;
    }
}
