namespace Mentorship.AppHost.Processes;

/// <summary>Finds programs of the local installs.</summary>
public static class Executables
{
    /// <summary>The first of the given full paths that exists, else the name looked up on PATH; null when absent.</summary>
    public static string? Find(string name, params string[] preferredPaths)
    {
        var preferred = preferredPaths.FirstOrDefault(File.Exists);
        if (preferred is not null)
            return preferred;

        var path = Environment.GetEnvironmentVariable("PATH") ?? "/usr/local/bin:/usr/bin:/bin";
        return path.Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/sbin")
            .Append("/sbin")
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>Like <see cref="Find"/>, but a missing program is an error naming the package to install.</summary>
    public static string Require(string name, string package) =>
        Find(name) ?? throw new FileNotFoundException($"'{name}' was not found on PATH (Debian package '{package}').", name);

    /// <summary>
    /// The dotnet host that runs the service binaries: the one running this process when it is dotnet,
    /// else DOTNET_HOST_PATH (set by the SDK), else DOTNET_ROOT's, else PATH's.
    /// </summary>
    public static string DotNetHost()
    {
        var current = Environment.ProcessPath;
        if (current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet")
            return current;

        var hostPath = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(hostPath) && File.Exists(hostPath))
            return hostPath;

        var root = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        return Find("dotnet", root is null ? [] : [Path.Combine(root, "dotnet")]) ?? "dotnet";
    }
}
