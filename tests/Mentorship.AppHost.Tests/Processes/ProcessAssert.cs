using Mentorship.AppHost.Infrastructure;
using Mentorship.AppHost.Processes;

namespace Mentorship.AppHost.Tests.Processes;

public static class ProcessAssert
{
    /// <summary>Every process of a running server, its helpers and all their descendants.</summary>
    public static IReadOnlyList<ProcessIdentity> TreeOf(LocalServer server) =>
        [.. server.Processes.SelectMany(p => ProcessTree.DescendantsOf(p.Id).Append(p.Identity))];

    /// <summary>
    /// None of the processes is alive. A process killed a moment ago may still be leaving, so the
    /// check is repeated for a few seconds before it fails.
    /// </summary>
    public static void AllGone(IReadOnlyList<ProcessIdentity> processes)
    {
        Assert.NotEmpty(processes);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        while (processes.Any(ProcessTree.IsAlive) && DateTime.UtcNow < deadline)
            Thread.Sleep(50);

        var alive = processes.Where(ProcessTree.IsAlive).Select(p => $"{p.Pid} {ProcessTree.CommandLine(p.Pid)}").ToList();
        Assert.True(alive.Count == 0, "Still running: " + string.Join("; ", alive));
    }

    /// <summary>No process has <paramref name="text"/> (say, a data folder) in its command line.</summary>
    public static void NoneMentions(string text)
    {
        var mentioning = Directory.EnumerateDirectories("/proc")
            .Select(Path.GetFileName)
            .Where(name => name!.All(char.IsAsciiDigit))
            .Select(pid => ProcessTree.CommandLine(int.Parse(pid!, System.Globalization.CultureInfo.InvariantCulture)))
            .Where(commandLine => commandLine?.Contains(text, StringComparison.Ordinal) == true)
            .ToList();
        Assert.True(mentioning.Count == 0, "Still running: " + string.Join("; ", mentioning));
    }
}
