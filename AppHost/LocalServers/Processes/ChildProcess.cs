using System.Diagnostics;

namespace Mentorship.AppHost.Processes;

/// <summary>
/// A process the AppHost started, in a session of its own (through setsid, which execs, so the pid is
/// the program's own): a Ctrl+C in the terminal reaches only the AppHost, which then stops children in
/// order. Output is streamed line by line; stopping signals it, waits, then kills what is left of its tree.
/// </summary>
public sealed class ChildProcess
{
    private static readonly TimeSpan OutputDrainLimit = TimeSpan.FromSeconds(2);

    private readonly Process _process;
    private readonly ProcessRegistry? _registry;
    private readonly TaskCompletionSource<int> _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _outputClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _errorClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ChildProcess(Process process, string programName, ProcessRegistry? registry)
    {
        _process = process;
        _registry = registry;
        ProgramName = programName;
    }

    public ProcessIdentity Identity { get; private set; }

    public int Id => Identity.Pid;

    public string ProgramName { get; }

    /// <summary>Completes with the exit code when the process has exited.</summary>
    public Task<int> Exited => _exited.Task;

    public bool HasExited => _exited.Task.IsCompleted;

    /// <summary>Starts the process; each output line goes to <paramref name="output"/> (true for standard error).</summary>
    public static ChildProcess Start(ProcessSpec spec, Action<string, bool>? output = null, ProcessRegistry? registry = null)
    {
        var info = new ProcessStartInfo(Executables.Require("setsid", "util-linux"))
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = spec.WorkingDirectory ?? Environment.CurrentDirectory,
        };
        if (spec.RunAsUser is { } user)
        {
            foreach (var argument in (string[])[Executables.Require("setpriv", "util-linux"), $"--reuid={user}", $"--regid={user}", "--init-groups"])
                info.ArgumentList.Add(argument);
        }

        info.ArgumentList.Add(spec.FileName);
        foreach (var argument in spec.Arguments)
            info.ArgumentList.Add(argument);

        foreach (var key in info.Environment.Keys.Where(InheritedEnvironment.IsLauncherKey).ToList())
            info.Environment.Remove(key);
        foreach (var (key, value) in spec.Environment)
            info.Environment[key] = value;

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var child = new ChildProcess(process, spec.ProgramName, registry);
        process.OutputDataReceived += (_, e) => child.OnLine(e.Data, isError: false, output);
        process.ErrorDataReceived += (_, e) => child.OnLine(e.Data, isError: true, output);
        process.Exited += (_, _) => child.OnExited();

        process.Start();
        child.Identity = ProcessTree.Identify(process.Id) ?? new ProcessIdentity(process.Id, 0);
        registry?.Add(child.Identity, spec.ProgramName);
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>
    /// Sends <paramref name="signal"/>, waits up to <paramref name="grace"/>, then kills the process and
    /// whatever remains of its tree. Cancelling the token kills at once.
    /// </summary>
    public async Task StopAsync(UnixSignal signal, TimeSpan grace, CancellationToken cancellationToken = default)
    {
        var tree = ProcessTree.DescendantsOf(Id);
        if (!HasExited)
        {
            ProcessTree.Signal(Id, signal);
            try
            {
                await Exited.WaitAsync(grace, cancellationToken);
            }
            catch (Exception e) when (e is TimeoutException or OperationCanceledException)
            {
                ProcessTree.KillAll([Identity, .. tree]);
            }
        }

        await FinishAsync(tree);
    }

    /// <summary>Sends a signal without waiting (for process-exit handlers, where nothing can be awaited).</summary>
    public void Signal(UnixSignal signal)
    {
        if (!HasExited)
            ProcessTree.Signal(Id, signal);
    }

    /// <summary>Waits until both output streams are read to their end, for a bounded time: a grandchild may hold them.</summary>
    public async Task OutputCompletedAsync() =>
        await Task.WhenAny(Task.WhenAll(_outputClosed.Task, _errorClosed.Task), Task.Delay(OutputDrainLimit));

    private async Task FinishAsync(IReadOnlyList<ProcessIdentity> tree)
    {
        await Exited;
        // What the main process left behind (daemons, orphans in its session) goes with it.
        ProcessTree.KillAll([.. tree, .. ProcessTree.DescendantsOf(Id)]);
        await OutputCompletedAsync();
        _registry?.Remove(Identity);
        _process.Dispose();
    }

    private void OnLine(string? line, bool isError, Action<string, bool>? output)
    {
        if (line is null)
            (isError ? _errorClosed : _outputClosed).TrySetResult();
        else
            output?.Invoke(line, isError);
    }

    private void OnExited()
    {
        _exited.TrySetResult(_process.ExitCode);
        if (_registry is not null && ProcessTree.DescendantsOf(Id).Count == 0)
            _registry.Remove(Identity);
    }
}
