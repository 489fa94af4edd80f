namespace Mentorship.AppHost.Processes;

/// <summary>Who the AppHost runs as, and which system users exist.</summary>
public static class UnixUser
{
    /// <summary>True when this process runs as root (effective uid 0).</summary>
    public static bool IsRoot => NativeMethods.GetEffectiveUserId() == 0;

    /// <summary>True when /etc/passwd has the user.</summary>
    public static bool Exists(string name) =>
        File.Exists("/etc/passwd")
        && File.ReadLines("/etc/passwd").Any(line => line.StartsWith(name + ":", StringComparison.Ordinal));
}
