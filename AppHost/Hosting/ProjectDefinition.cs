namespace Mentorship.AppHost.Hosting;

/// <summary>
/// A project the AppHost runs: its resource name, its project file (from the repository root), the
/// database its migrations go to (none for the gateway) and the resources it references.
/// </summary>
public sealed record ProjectDefinition(string Name, string ProjectPath, string? Migrations, IReadOnlyList<string> References)
{
    /// <summary>Skipped, with a line in the log, while its project file does not exist.</summary>
    public bool Optional { get; init; }

    public string AssemblyName => Path.GetFileNameWithoutExtension(ProjectPath);

    public string MigrationsName => $"{Name}-migrations";
}
