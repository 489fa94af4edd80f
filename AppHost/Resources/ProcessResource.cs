using Mentorship.AppHost.Orchestration;
using Mentorship.AppHost.Processes;

namespace Mentorship.AppHost.Resources;

/// <summary>A .NET binary the AppHost runs: a project, or a project's migration job.</summary>
public abstract class ProcessResource : Resource
{
    private readonly ProcessRegistry? _registry;
    private readonly TimeSpan _stopTimeout;
    private ChildProcess? _process;

    protected ProcessResource(
        string name, string type, string assemblyPath, ProcessSpec spec, IEnumerable<Resource> waitsFor, ProcessRegistry? registry, TimeSpan stopTimeout)
        : base(name, type, waitsFor)
    {
        AssemblyPath = assemblyPath;
        Spec = spec;
        _registry = registry;
        _stopTimeout = stopTimeout;
    }

    /// <summary>The binary that is run (by dotnet, through <see cref="Spec"/>).</summary>
    public string AssemblyPath { get; }

    /// <summary>What is run, with the environment the resource is given.</summary>
    public ProcessSpec Spec { get; }

    public override int? ProcessId => _process is { HasExited: false } process ? process.Id : null;

    protected internal override Task<Task<int>?> LaunchAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(AssemblyPath))
            throw new FileNotFoundException($"{AssemblyPath} is not built (building the AppHost builds it).", AssemblyPath);

        _process = ChildProcess.Start(Spec, (line, isError) => WriteOutput(line, isError), _registry);
        return Task.FromResult<Task<int>?>(ExitAfterOutputAsync(_process));
    }

    protected internal override Task StopAsync(CancellationToken cancellationToken) =>
        _process?.StopAsync(UnixSignal.Terminate, _stopTimeout, cancellationToken) ?? Task.CompletedTask;

    protected internal override void SignalStop() => _process?.Signal(UnixSignal.Terminate);

    private static async Task<int> ExitAfterOutputAsync(ChildProcess process)
    {
        var exitCode = await process.Exited;
        await process.OutputCompletedAsync();
        return exitCode;
    }
}
