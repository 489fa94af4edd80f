using System.Globalization;

namespace Mentorship.AppHost.Processes;

/// <summary>Reads /proc to find processes, their descendants and whether they still live.</summary>
public static class ProcessTree
{
    private sealed record Entry(ProcessIdentity Identity, int ParentPid, int SessionId, char State);

    /// <summary>The identity of a live process, or null when there is none with that pid.</summary>
    public static ProcessIdentity? Identify(int pid) => Read(pid)?.Identity;

    /// <summary>True while the process runs (a zombie waiting to be reaped counts as gone).</summary>
    public static bool IsAlive(ProcessIdentity process) =>
        Read(process.Pid) is { State: not 'Z' and not 'X' } entry && entry.Identity == process;

    /// <summary>
    /// The live descendants of a process: its children's trees, plus the members of the session it
    /// leads (children started through setsid lead their own session, and orphans reparented to init
    /// stay in it).
    /// </summary>
    public static IReadOnlyList<ProcessIdentity> DescendantsOf(int pid)
    {
        var all = ReadAll();
        var found = new Dictionary<int, ProcessIdentity>();
        var pending = new Queue<int>([pid]);
        while (pending.Count > 0)
        {
            var parent = pending.Dequeue();
            foreach (var child in all.Where(e => e.ParentPid == parent && !found.ContainsKey(e.Identity.Pid)))
            {
                found[child.Identity.Pid] = child.Identity;
                pending.Enqueue(child.Identity.Pid);
            }
        }

        foreach (var member in all.Where(e => e.SessionId == pid && e.Identity.Pid != pid))
            found.TryAdd(member.Identity.Pid, member.Identity);
        return [.. found.Values];
    }

    /// <summary>The command line of a process with its arguments joined by spaces, or null.</summary>
    public static string? CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ').Trim();
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Sends SIGKILL to each process that is still the one recorded.</summary>
    public static void KillAll(IEnumerable<ProcessIdentity> processes)
    {
        foreach (var process in processes.Where(IsAlive))
            Signal(process.Pid, UnixSignal.Kill);
    }

    /// <summary>Sends a signal; false when the process is gone.</summary>
    public static bool Signal(int pid, UnixSignal signal) => NativeMethods.Kill(pid, (int)signal) == 0;

    private static List<Entry> ReadAll()
    {
        var entries = new List<Entry>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && Read(pid) is { } entry)
                entries.Add(entry);
        }

        return entries;
    }

    private static Entry? Read(int pid)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return null;
        }

        // "pid (comm) state ppid pgrp session ... starttime ...": comm may hold spaces and parentheses.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return new Entry(
            new ProcessIdentity(pid, ulong.Parse(fields[19], CultureInfo.InvariantCulture)),
            int.Parse(fields[1], CultureInfo.InvariantCulture),
            int.Parse(fields[3], CultureInfo.InvariantCulture),
            fields[0][0]);
    }
}
