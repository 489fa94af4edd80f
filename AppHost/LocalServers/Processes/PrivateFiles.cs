namespace Mentorship.AppHost.Processes;

/// <summary>Files and folders only their owner may use: passwords, configuration holding them, a database cluster.</summary>
public static class PrivateFiles
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>Owner read and write only (0600).</summary>
    public static void Restrict(string file)
    {
        // Windows has no Unix modes (nor does the AppHost run there); the guard keeps the API callable everywhere.
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    /// <summary>Creates the folder with owner-only access (0700).</summary>
    public static void CreateDirectory(string path)
    {
        Directory.CreateDirectory(path);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(path, OwnerOnly);
    }
}
