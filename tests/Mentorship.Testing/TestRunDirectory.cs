using System.Text.Json;
using Mentorship.AppHost.Processes;

namespace Mentorship.Testing;

/// <summary>
/// The temporary folder of this test process's local servers, under /tmp/mentorship-testing, with a
/// process registry. Folders of test processes that died are cleaned (leftover servers killed) on first use.
/// </summary>
public sealed class TestRunDirectory
{
    private const string RegistryFile = "processes.json";

    /// <summary>A folder without a registry this young may be one another test process is creating right now.</summary>
    private static readonly TimeSpan NewFolderGrace = TimeSpan.FromMinutes(10);

    private TestRunDirectory(string path, ProcessRegistry registry)
    {
        Path = path;
        Registry = registry;
    }

    public static string Root { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "mentorship-testing");

    public string Path { get; }

    public ProcessRegistry Registry { get; }

    public static TestRunDirectory Create(Action<string> log)
    {
        CleanAbandoned(log);
        var path = System.IO.Path.Combine(Root, $"run-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..6]}");
        Directory.CreateDirectory(path);
        return new TestRunDirectory(path, ProcessRegistry.Claim(System.IO.Path.Combine(path, RegistryFile), log));
    }

    /// <summary>A sub-folder for one server.</summary>
    public string For(string server) => System.IO.Path.Combine(Path, server);

    public void Delete()
    {
        Registry.Release();
        DeleteQuietly(Path);
    }

    private static void CleanAbandoned(Action<string> log)
    {
        if (!Directory.Exists(Root))
            return;

        foreach (var folder in Directory.EnumerateDirectories(Root, "run-*"))
        {
            var registry = System.IO.Path.Combine(folder, RegistryFile);
            try
            {
                // In use: by another test process, or by another fixture of this one.
                if (ProcessRegistry.HasLiveOwner(registry))
                    continue;
                if (!File.Exists(registry) && DateTime.UtcNow - Directory.GetCreationTimeUtc(folder) < NewFolderGrace)
                    continue;
                if (File.Exists(registry))
                    ProcessRegistry.Claim(registry, log).Release();
            }
            catch (Exception e) when (e is InvalidOperationException or IOException or JsonException)
            {
                // Another test process is still using it, or is cleaning it up right now.
                continue;
            }

            DeleteQuietly(folder);
        }
    }

    private static void DeleteQuietly(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // A file still being written by a dying server: the next run's clean-up gets it.
        }
    }
}
