using System.Reflection;
using System.Runtime.Versioning;

namespace Mentorship.AppHost.Hosting;

/// <summary>Where the repository is and where a project's build output lies (the AppHost's own configuration).</summary>
public sealed class RepositoryLayout
{
    public const string SolutionFile = "Mentorship.sln";

    public RepositoryLayout(string root, string configuration, string targetFramework)
    {
        Root = root;
        Configuration = configuration;
        TargetFramework = targetFramework;
    }

    public string Root { get; }

    public string Configuration { get; }

    public string TargetFramework { get; }

    /// <summary>
    /// Walks up from the AppHost's binaries (or <paramref name="start"/>) to the folder of Mentorship.sln;
    /// configuration and target framework are the AppHost assembly's own.
    /// </summary>
    public static RepositoryLayout Locate(string? start = null)
    {
        var directory = new DirectoryInfo(start ?? AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            directory = directory.Parent;
        if (directory is null)
            throw new DirectoryNotFoundException($"No {SolutionFile} above {start ?? AppContext.BaseDirectory}.");

        var assembly = typeof(RepositoryLayout).Assembly;
        var configuration = assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        // ".NETCoreApp,Version=v10.0" is built to bin/{configuration}/net10.0.
        var framework = assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName ?? ".NETCoreApp,Version=v10.0";
        var targetFramework = "net" + framework[(framework.LastIndexOf('v') + 1)..];
        return new RepositoryLayout(directory.FullName, configuration, targetFramework);
    }

    public string ProjectFile(ProjectDefinition project) => Path.Combine(Root, project.ProjectPath);

    public string OutputDirectory(ProjectDefinition project) =>
        Path.Combine(Path.GetDirectoryName(ProjectFile(project))!, "bin", Configuration, TargetFramework);

    public string AssemblyPath(ProjectDefinition project) => Path.Combine(OutputDirectory(project), project.AssemblyName + ".dll");
}
