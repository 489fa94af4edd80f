namespace Mentorship.AppHost.Processes;

/// <summary>
/// A process told apart from any later one that reuses its pid: the start time (clock ticks after
/// boot, from /proc/[pid]/stat) does not change across exec and differs for a reused pid.
/// </summary>
public readonly record struct ProcessIdentity(int Pid, ulong StartTime);
