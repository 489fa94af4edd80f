namespace Mentorship.AppHost.Processes;

/// <summary>What to run: a program, its arguments, where, with which extra environment and as whom.</summary>
public sealed record ProcessSpec(string FileName, IReadOnlyList<string> Arguments)
{
    public string? WorkingDirectory { get; init; }

    /// <summary>Set on top of the AppHost's own environment, from which launcher keys are removed first.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>A system user to run as (through setpriv); null runs as the AppHost's user.</summary>
    public string? RunAsUser { get; init; }

    /// <summary>The program's file name, which stays in its command line: how leftovers are recognised.</summary>
    public string ProgramName => Path.GetFileName(FileName);
}
