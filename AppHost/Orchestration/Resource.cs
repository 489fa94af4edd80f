namespace Mentorship.AppHost.Orchestration;

/// <summary>
/// Something the orchestrator starts, watches and stops: a server, a database, a project, a migration.
/// State and health are set by the orchestrator; subclasses say how to launch, check and stop.
/// </summary>
public abstract class Resource
{
    private readonly Lock _gate = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    protected Resource(string name, string type, IEnumerable<Resource>? waitsFor = null)
    {
        Name = name;
        Type = type;
        WaitsFor = [.. waitsFor ?? []];
    }

    /// <summary>Raised after each change of state, health or detail.</summary>
    public event Action<Resource>? Changed;

    /// <summary>Raised for each output line.</summary>
    public event Action<Resource, LogLine>? OutputReceived;

    public string Name { get; }

    public string Type { get; }

    /// <summary>The resources that must be ready before this one starts (Aspire's WaitFor).</summary>
    public IReadOnlyList<Resource> WaitsFor { get; }

    /// <summary>True for a job (a migration): ready when Finished, rather than when Running and Healthy.</summary>
    public virtual bool RunsToCompletion => false;

    public virtual Uri? Url => null;

    public virtual int? ProcessId => null;

    public ResourceState State { get; private set; } = ResourceState.NotStarted;

    public ResourceHealth Health { get; private set; } = ResourceHealth.Unknown;

    /// <summary>Why the resource is in its state, for people: what it waits for, why it failed.</summary>
    public string? Detail { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    public int? ExitCode { get; private set; }

    /// <summary>Starts after the first one.</summary>
    public int Restarts { get; private set; }

    /// <summary>True when a dependency failed, so this resource stays Waiting for good.</summary>
    public bool IsBlocked { get; private set; }

    public ResourceLog Log { get; } = new();

    /// <summary>What dependents wait for: Finished for a job, else Running and Healthy.</summary>
    public bool IsReady => RunsToCompletion
        ? State == ResourceState.Finished
        : State == ResourceState.Running && Health == ResourceHealth.Healthy;

    public ResourceSnapshot ToSnapshot()
    {
        lock (_gate)
            return new ResourceSnapshot(
                Name, Type, State, Health, Detail, Url, ProcessId, StartedAt, ExitCode, Restarts, [.. WaitsFor.Select(r => r.Name)]);
    }

    /// <summary>Appends a line to the resource's log.</summary>
    public void WriteOutput(string text, bool isError = false) => OutputReceived?.Invoke(this, Log.Add(text, isError));

    /// <summary>
    /// Starts the resource without waiting for it to be healthy. Returns the task of its process's exit
    /// (with the exit code, after its output is read), or null when it has no process of its own.
    /// </summary>
    protected internal abstract Task<Task<int>?> LaunchAsync(CancellationToken cancellationToken);

    /// <summary>True when the resource answers its health check; should not throw.</summary>
    protected internal abstract Task<bool> CheckHealthAsync(CancellationToken cancellationToken);

    /// <summary>Stops what the launch started; cancelling the token asks for a kill instead of a graceful stop.</summary>
    protected internal abstract Task StopAsync(CancellationToken cancellationToken);

    /// <summary>Sends the stop signal without waiting (for process-exit handlers, where nothing can be awaited).</summary>
    protected internal virtual void SignalStop()
    {
    }

    /// <summary>Why the last health check failed, when the resource knows.</summary>
    protected internal virtual string? HealthProblem => null;

    internal Task NextChangeAsync()
    {
        lock (_gate)
            return _changed.Task;
    }

    internal void SetState(ResourceState state, string? detail = null, int? exitCode = null) => Update(() =>
    {
        State = state;
        Detail = detail;
        // Health is checked only while a resource runs; a stopped one has none, as on Aspire's dashboard.
        if (state is not (ResourceState.Running or ResourceState.Stopping))
            Health = ResourceHealth.Unknown;
        if (exitCode is not null)
            ExitCode = exitCode;
    });

    internal void SetHealth(ResourceHealth health, string? detail) => Update(() =>
    {
        Health = health;
        Detail = detail;
    });

    internal void MarkRunning() => Update(() =>
    {
        if (StartedAt is not null)
            Restarts++;
        StartedAt = DateTimeOffset.Now;
        State = ResourceState.Running;
        Health = ResourceHealth.Unknown;
        Detail = null;
        ExitCode = null;
        IsBlocked = false;
    });

    internal void MarkBlocked(string detail) => Update(() =>
    {
        IsBlocked = true;
        Detail = detail;
    });

    private void Update(Action change)
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            change();
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.SetResult();
        Changed?.Invoke(this);
    }
}
