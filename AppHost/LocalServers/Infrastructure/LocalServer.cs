using Mentorship.AppHost.Networking;
using Mentorship.AppHost.Processes;

namespace Mentorship.AppHost.Infrastructure;

/// <summary>
/// A server run from the local install as child processes (the server last, helpers such as epmd
/// before it), with a health probe. Port and data stay the same across stop and start.
/// </summary>
public abstract class LocalServer : IAsyncDisposable
{
    private const int RecentOutputLines = 40;
    private static readonly TimeSpan ProbeInterval = TimeSpan.FromMilliseconds(200);

    private readonly List<(ChildProcess Process, UnixSignal StopSignal)> _processes = [];
    private readonly Queue<string> _recentOutput = new();

    protected LocalServer(LocalServerOptions options)
    {
        Options = options;
        Port = options.Port > 0 ? options.Port : FreePorts.Next();
    }

    public LocalServerOptions Options { get; }

    public int Port { get; }

    /// <summary>What the server is, for people: "PostgreSQL", "Redis", "RabbitMQ".</summary>
    public abstract string Kind { get; }

    /// <summary>The connection string in the format an Aspire resource gives (see hosting.md).</summary>
    public abstract string ConnectionString { get; }

    public Uri Url => new($"tcp://localhost:{Port}");

    /// <summary>The server process itself, once started.</summary>
    public ChildProcess? MainProcess => _processes.Count == 0 ? null : _processes[^1].Process;

    /// <summary>Every process started by the last start, helpers first.</summary>
    public IReadOnlyList<ChildProcess> Processes => [.. _processes.Select(p => p.Process)];

    public bool IsRunning => MainProcess is { HasExited: false };

    /// <summary>Why the last health probe failed, null after a success.</summary>
    public string? LastHealthProblem { get; private set; }

    /// <summary>The last lines the server printed, for error messages.</summary>
    public string RecentOutput
    {
        get
        {
            lock (_recentOutput)
                return string.Join(Environment.NewLine, _recentOutput);
        }
    }

    /// <summary>Prepares the data if needed and starts the processes; does not wait for health.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (IsRunning)
            throw new InvalidOperationException($"{Kind} is already running.");

        _processes.Clear();
        await LaunchAsync(cancellationToken);
    }

    /// <summary>Starts, then waits until the health probe passes.</summary>
    public async Task StartAndWaitAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        await StartAsync(cancellationToken);
        await WaitUntilHealthyAsync(timeout, cancellationToken);
    }

    /// <summary>True when the server answers its health probe.</summary>
    public async Task<bool> IsHealthyAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await ProbeAsync(cancellationToken);
            LastHealthProblem = null;
            return true;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // A failed probe is the answer "unhealthy", kept with its reason.
            LastHealthProblem = e.Message;
            return false;
        }
    }

    /// <summary>Polls the health probe; fails fast with the server's last output if its process exits.</summary>
    public async Task WaitUntilHealthyAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (MainProcess is { HasExited: true } exited)
                throw new InvalidOperationException(
                    $"{Kind} exited with code {exited.Exited.Result} while starting. Its last output:{Environment.NewLine}{RecentOutput}");
            if (await IsHealthyAsync(cancellationToken))
                return;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException(
                    $"{Kind} was not healthy after {timeout.TotalSeconds:0} s ({LastHealthProblem}). Its last output:{Environment.NewLine}{RecentOutput}");
            await Task.Delay(ProbeInterval, cancellationToken);
        }
    }

    /// <summary>Stops the server then its helpers, each with its signal, killing what outlives the stop timeout.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        for (var i = _processes.Count - 1; i >= 0; i--)
            await _processes[i].Process.StopAsync(_processes[i].StopSignal, Options.StopTimeout, cancellationToken);
    }

    /// <summary>
    /// Sends each process its stop signal without waiting: the server shuts down by itself. For when
    /// there is no time to wait (a test host is killed 100 ms after its run).
    /// </summary>
    public void SignalStop()
    {
        foreach (var (process, stopSignal) in _processes)
            process.Signal(stopSignal);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        GC.SuppressFinalize(this);
    }

    protected abstract Task LaunchAsync(CancellationToken cancellationToken);

    /// <summary>Throws when the server does not answer as a client needs it to.</summary>
    protected abstract Task ProbeAsync(CancellationToken cancellationToken);

    /// <summary>Starts one of the server's long-running processes.</summary>
    protected ChildProcess StartProcess(ProcessSpec spec, UnixSignal stopSignal)
    {
        var process = ChildProcess.Start(spec, Write, Options.Registry);
        _processes.Add((process, stopSignal));
        return process;
    }

    /// <summary>Runs a preparation step (initdb, chown) to its end; a non-zero exit fails with its output.</summary>
    protected async Task RunStepAsync(ProcessSpec spec, CancellationToken cancellationToken)
    {
        var exitCode = await RunAsync(spec, cancellationToken);
        if (exitCode != 0)
            throw new InvalidOperationException(
                $"'{spec.ProgramName}' failed with exit code {exitCode}. Its last output:{Environment.NewLine}{RecentOutput}");
    }

    /// <summary>Runs a short helper process to its end and returns its exit code; cancelling kills it.</summary>
    protected async Task<int> RunAsync(ProcessSpec spec, CancellationToken cancellationToken)
    {
        var process = ChildProcess.Start(spec, Write);
        try
        {
            return await process.Exited.WaitAsync(cancellationToken);
        }
        finally
        {
            await process.StopAsync(UnixSignal.Kill, TimeSpan.Zero);
        }
    }

    protected void Write(string line, bool isError = false)
    {
        lock (_recentOutput)
        {
            _recentOutput.Enqueue(line);
            if (_recentOutput.Count > RecentOutputLines)
                _recentOutput.Dequeue();
        }

        Options.Output?.Invoke(line, isError);
    }
}
