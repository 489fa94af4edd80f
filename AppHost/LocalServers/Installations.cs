using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Mentorship.AppHost.LocalServers;

/// <summary>Finds the servers' programs where Debian installs them.</summary>
public static class Installations
{
    public const string Hint = "run deploy/local/install-prerequisites.sh";

    /// <summary>The bin folder of the newest PostgreSQL in /usr/lib/postgresql, with its major version.</summary>
    public static (string Bin, string Major) Postgres()
    {
        var newest = Directory.Exists("/usr/lib/postgresql")
            ? Directory.EnumerateDirectories("/usr/lib/postgresql")
                .Where(folder => File.Exists(Path.Combine(folder, "bin", "postgres")))
                .MaxBy(folder => int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var major) ? major : -1)
            : null;
        return newest is null
            ? throw Missing("PostgreSQL", "postgresql")
            : (Path.Combine(newest, "bin"), Path.GetFileName(newest));
    }

    /// <summary>The program at the first of the given places that has it, else on PATH.</summary>
    public static string Find(string program, string package, params string[] places) =>
        places
            .Concat((Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries).Select(folder => Path.Combine(folder, program)))
            .FirstOrDefault(File.Exists)
        ?? throw Missing(program, package);

    /// <summary>
    /// A tool of the repository's manifest (.config/dotnet-tools.json, found upwards from the folder as
    /// `dotnet tool` finds it), at the version it pins, run from where `dotnet tool restore` put it in the
    /// NuGet cache: `dotnet tool run` would add a process in between that signals do not cross.
    /// </summary>
    public static string DotnetTool(string folder, string package, string program)
    {
        var manifestPath = Ancestors(folder).Select(ancestor => Path.Combine(ancestor, ".config", "dotnet-tools.json")).FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException($"No .config/dotnet-tools.json above {folder}.");
        using var manifest = JsonDocument.Parse(File.ReadAllText(manifestPath));
        var version = manifest.RootElement.GetProperty("tools").GetProperty(package).GetProperty("version").GetString();
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        // The tool ships one package per platform; its executable is under tools/<framework>/<platform>/.
        var platform = "linux-" + RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant();
        var tools = Path.Combine(packages, $"{package}.{platform}", version!, "tools");
        return (Directory.Exists(tools) ? Directory.EnumerateDirectories(tools) : [])
            .Select(framework => Path.Combine(framework, platform, program))
            .FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException($"{program} is not installed (dotnet tool '{package}' {version}): {Hint}.");
    }

    private static IEnumerable<string> Ancestors(string folder)
    {
        for (var ancestor = Path.GetFullPath(folder); !string.IsNullOrEmpty(ancestor); ancestor = Path.GetDirectoryName(ancestor))
            yield return ancestor;
    }

    private static InvalidOperationException Missing(string what, string package) =>
        new($"{what} is not installed (Debian package '{package}'): {Hint}.");
}
