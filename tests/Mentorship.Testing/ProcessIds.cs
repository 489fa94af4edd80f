using System.Diagnostics;

namespace Mentorship.Testing;

/// <summary>Whether a process still runs: servers started for a test process must not outlive it.</summary>
public static class ProcessIds
{
    public static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
