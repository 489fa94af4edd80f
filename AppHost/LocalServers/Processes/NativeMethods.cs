using System.Runtime.InteropServices;

namespace Mentorship.AppHost.Processes;

/// <summary>The two libc calls .NET has no managed API for.</summary>
internal static partial class NativeMethods
{
    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    internal static partial int Kill(int pid, int signal);

    [LibraryImport("libc", EntryPoint = "geteuid")]
    internal static partial uint GetEffectiveUserId();
}
