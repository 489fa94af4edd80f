using System.Text.Json;

namespace Mentorship.AppHost.Processes;

/// <summary>
/// The children of a launcher, recorded in a file of its data folder with the launcher itself as owner,
/// so that after the launcher was killed (SIGKILL, a crash) the next start ends what it left running and
/// finds ports and data free. A live owner keeps its folder: two launchers never share one.
/// </summary>
public sealed class ProcessRegistry
{
    private static readonly TimeSpan DeathWaitLimit = TimeSpan.FromSeconds(5);

    private readonly string _path;
    private readonly Lock _gate = new();
    private readonly Record _record;
    private bool _released;

    private ProcessRegistry(string path, Record record)
    {
        _path = path;
        _record = record;
    }

    /// <summary>
    /// Takes the folder's registry for this process. Leftovers of a dead owner are killed (only the same
    /// processes: pid, start time and boot, with their program still in the command line); each gets a
    /// line in <paramref name="log"/>. Fails when another live process owns the registry.
    /// </summary>
    public static ProcessRegistry Claim(string path, Action<string> log)
    {
        var self = ProcessTree.Identify(Environment.ProcessId)!.Value;
        if (File.Exists(path) && JsonSerializer.Deserialize<Record>(File.ReadAllText(path)) is { } previous && previous.BootId == BootId())
        {
            var owner = new ProcessIdentity(previous.OwnerPid, previous.OwnerStartTime);
            if (owner != self && ProcessTree.IsAlive(owner))
                throw new InvalidOperationException(
                    $"Another launcher (pid {owner.Pid}) is running with {Path.GetDirectoryName(path)}: stop it, or use another data folder.");
            KillLeftovers(previous.Processes, log);
        }

        var registry = new ProcessRegistry(path, new Record(self.Pid, self.StartTime, BootId(), []));
        registry.Save();
        return registry;
    }

    /// <summary>
    /// True when the registry's owner is a live process, this one included: its folder is in use and is
    /// not to be cleaned up by anyone.
    /// </summary>
    public static bool HasLiveOwner(string path)
    {
        if (!File.Exists(path) || JsonSerializer.Deserialize<Record>(File.ReadAllText(path)) is not { } record || record.BootId != BootId())
            return false;
        return ProcessTree.IsAlive(new ProcessIdentity(record.OwnerPid, record.OwnerStartTime));
    }

    public void Add(ProcessIdentity process, string programName)
    {
        lock (_gate)
        {
            if (_released)
                return;
            _record.Processes.Add(new Entry(process.Pid, process.StartTime, programName));
            Save();
        }
    }

    public void Remove(ProcessIdentity process)
    {
        lock (_gate)
        {
            if (!_released && _record.Processes.RemoveAll(e => e.Pid == process.Pid && e.StartTime == process.StartTime) > 0)
                Save();
        }
    }

    /// <summary>Gives the folder up after a clean stop.</summary>
    public void Release()
    {
        lock (_gate)
        {
            _released = true;
            File.Delete(_path);
        }
    }

    private static void KillLeftovers(IEnumerable<Entry> entries, Action<string> log)
    {
        var victims = new List<ProcessIdentity>();
        foreach (var entry in entries)
        {
            var identity = new ProcessIdentity(entry.Pid, entry.StartTime);
            var commandLine = ProcessTree.CommandLine(entry.Pid);
            if (!ProcessTree.IsAlive(identity) || commandLine is null || !commandLine.Contains(entry.ProgramName, StringComparison.Ordinal))
                continue;

            victims.Add(identity);
            victims.AddRange(ProcessTree.DescendantsOf(entry.Pid));
            log($"Ending a leftover of a previous run: pid {entry.Pid} {commandLine}");
        }

        ProcessTree.KillAll(victims);
        var deadline = DateTime.UtcNow + DeathWaitLimit;
        while (victims.Any(ProcessTree.IsAlive) && DateTime.UtcNow < deadline)
            Thread.Sleep(50);
    }

    private void Save()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        // Written aside then moved over, so that a reader never sees half a file.
        var written = _path + ".new";
        File.WriteAllText(written, JsonSerializer.Serialize(_record));
        File.Move(written, _path, overwrite: true);
    }

    private static string BootId() => File.ReadAllText("/proc/sys/kernel/random/boot_id").Trim();

    private sealed record Record(int OwnerPid, ulong OwnerStartTime, string BootId, List<Entry> Processes);

    private sealed record Entry(int Pid, ulong StartTime, string ProgramName);
}
