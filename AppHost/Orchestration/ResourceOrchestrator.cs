using System.Collections.Concurrent;

namespace Mentorship.AppHost.Orchestration;

/// <summary>
/// Starts resources as Aspire's WaitFor orders them: everything at once, each held in Waiting until
/// what it waits for is ready. A failed dependency leaves its dependents Waiting, blocked, and start-up
/// reports them; so does a wait longer than the timeout. Stops in the reverse order.
/// </summary>
public sealed class ResourceOrchestrator
{
    private readonly OrchestratorOptions _options;
    private readonly Action<string> _log;
    private readonly ConcurrentDictionary<Resource, Running> _running = new();

    public ResourceOrchestrator(IEnumerable<Resource> resources, OrchestratorOptions? options = null, Action<string>? log = null)
    {
        Resources = [.. resources];
        _options = options ?? new OrchestratorOptions();
        _log = log ?? (_ => { });
        Depths = ComputeDepths(Resources);
    }

    public IReadOnlyList<Resource> Resources { get; }

    /// <summary>0 for resources that wait for nothing, else one more than the deepest they wait for.</summary>
    private IReadOnlyDictionary<Resource, int> Depths { get; }

    /// <summary>Starts every resource; throws <see cref="ResourceStartException"/> when any did not come up.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        var failures = await Task.WhenAll(Resources.Select(r => StartOneAsync(r, cancellationToken)));
        if (failures.OfType<ResourceStartFailure>().ToList() is { Count: > 0 } failed)
            throw new ResourceStartException(failed);
    }

    /// <summary>Starts one resource again after it was stopped, waiting for its dependencies as at start-up.</summary>
    public async Task StartResourceAsync(Resource resource, CancellationToken cancellationToken = default)
    {
        if (_running.ContainsKey(resource))
            throw new InvalidOperationException($"{resource.Name} is already started.");
        if (await StartOneAsync(resource, cancellationToken) is { } failure)
            throw new ResourceStartException([failure]);
    }

    /// <summary>Stops dependents before what they depend on, each level in parallel. Cancelling kills instead.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        foreach (var level in Resources.GroupBy(r => Depths[r]).OrderByDescending(g => g.Key))
            await Task.WhenAll(level.Select(r => StopResourceAsync(r, cancellationToken)));
    }

    /// <summary>Stops one resource (its dependents keep running, as when Aspire's dashboard stops one).</summary>
    public async Task StopResourceAsync(Resource resource, CancellationToken cancellationToken = default)
    {
        if (!_running.TryRemove(resource, out var running))
            return;

        await running.HealthChecks.CancelAsync();
        var active = resource.State is ResourceState.Starting or ResourceState.Running;
        if (active)
            resource.SetState(ResourceState.Stopping);
        try
        {
            await resource.StopAsync(cancellationToken);
        }
        catch (Exception e)
        {
            // Stopping goes on with the other resources; this one's failure is reported, not lost.
            _log($"{resource.Name} did not stop cleanly: {e.Message}");
        }

        if (active)
            resource.SetState(ResourceState.Exited, exitCode: running.Exit is { IsCompletedSuccessfully: true } exit ? exit.Result : null);
        running.HealthChecks.Dispose();
    }

    /// <summary>Signals every started resource to stop, without waiting (for process-exit handlers).</summary>
    public void SignalStopAll()
    {
        foreach (var resource in _running.Keys)
            resource.SignalStop();
    }

    private async Task<ResourceStartFailure?> StartOneAsync(Resource resource, CancellationToken cancellationToken)
    {
        if (resource.WaitsFor.Count > 0 && await WaitForDependenciesAsync(resource, cancellationToken) is { } blocked)
        {
            resource.MarkBlocked(blocked.Reason);
            _log($"{resource.Name} stays Waiting: it {blocked.Reason}.");
            return blocked;
        }

        return await LaunchAsync(resource, cancellationToken);
    }

    private async Task<ResourceStartFailure?> WaitForDependenciesAsync(Resource resource, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + _options.WaitTimeout;
        while (true)
        {
            var pending = resource.WaitsFor.Where(d => !d.IsReady).ToList();
            if (pending.Count == 0)
                return null;

            if (pending.FirstOrDefault(IsBroken) is { } broken)
                return new ResourceStartFailure(resource.Name, broken.Name, $"waits for {broken.Name}, which {Describe(broken)}");

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                var slow = pending[0];
                return new ResourceStartFailure(resource.Name, slow.Name,
                    $"waited {_options.WaitTimeout.TotalSeconds:0} s for {slow.Name}, which is still {slow.State}{HealthOf(slow)}{Reason(slow.Detail)}");
            }

            var detail = "waiting for " + string.Join(", ", pending.Select(d => d.Name));
            if (resource.State != ResourceState.Waiting || resource.Detail != detail)
                resource.SetState(ResourceState.Waiting, detail);
            await WhenAnyChangesAsync(pending.Select(d => d.NextChangeAsync()), left, cancellationToken);
        }
    }

    private async Task<ResourceStartFailure?> LaunchAsync(Resource resource, CancellationToken cancellationToken)
    {
        resource.SetState(ResourceState.Starting);
        var running = new Running(CancellationTokenSource.CreateLinkedTokenSource(cancellationToken));
        _running[resource] = running;
        try
        {
            running.Exit = await resource.LaunchAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            var state = e is ResourceRuntimeUnavailableException ? ResourceState.RuntimeUnhealthy : ResourceState.FailedToStart;
            resource.SetState(state, e.Message);
            _log($"{resource.Name} is {state}: {e.Message}");
            return new ResourceStartFailure(resource.Name, null, $"{state}: {e.Message}");
        }

        resource.MarkRunning();
        if (resource.RunsToCompletion)
            return await CompleteAsync(resource, running.Exit, cancellationToken);

        if (running.Exit is not null)
            _ = WatchForExitAsync(resource, running.Exit);
        _ = CheckHealthContinuouslyAsync(resource, running.HealthChecks.Token);
        return await WaitUntilHealthyAsync(resource, cancellationToken);
    }

    private async Task<ResourceStartFailure?> CompleteAsync(Resource resource, Task<int>? exit, CancellationToken cancellationToken)
    {
        var exitCode = exit is null ? 0 : await exit.WaitAsync(cancellationToken);
        if (exitCode == 0)
        {
            resource.SetState(ResourceState.Finished, exitCode: 0);
            return null;
        }

        var lastLines = string.Join(Environment.NewLine, resource.Log.Lines(last: 30).Select(l => "    " + l.Text));
        var reason = $"exited with code {exitCode}";
        resource.SetState(ResourceState.Exited, reason, exitCode);
        _log($"{resource.Name} {reason}. Its last output:{Environment.NewLine}{lastLines}");
        return new ResourceStartFailure(resource.Name, null, $"{reason}. Its last output:{Environment.NewLine}{lastLines}");
    }

    private async Task<ResourceStartFailure?> WaitUntilHealthyAsync(Resource resource, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + _options.WaitTimeout;
        while (true)
        {
            var change = resource.NextChangeAsync();
            if (resource.IsReady)
                return null;
            if (resource.State != ResourceState.Running)
                return new ResourceStartFailure(resource.Name, null, $"{resource.State} while starting{Reason(resource.Detail)}");

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
                return new ResourceStartFailure(resource.Name, null,
                    $"not healthy {_options.WaitTimeout.TotalSeconds:0} s after it started{Reason(resource.Detail)}");
            await WhenAnyChangesAsync([change], left, cancellationToken);
        }
    }

    private async Task WatchForExitAsync(Resource resource, Task<int> exit)
    {
        var exitCode = await exit;
        if (resource.State is ResourceState.Stopping or ResourceState.Exited || !_running.ContainsKey(resource))
            return;

        resource.SetState(ResourceState.Exited, $"exited unexpectedly with code {exitCode}", exitCode);
        _log($"{resource.Name} exited unexpectedly with code {exitCode} (no automatic restart).");
    }

    private async Task CheckHealthContinuouslyAsync(Resource resource, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested && resource.State == ResourceState.Running)
        {
            bool healthy;
            try
            {
                healthy = await resource.CheckHealthAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }

            var health = healthy ? ResourceHealth.Healthy : ResourceHealth.Unhealthy;
            var detail = healthy ? null : resource.HealthProblem;
            if (resource.State == ResourceState.Running && (resource.Health != health || resource.Detail != detail))
                resource.SetHealth(health, detail);
            try
            {
                await Task.Delay(healthy ? _options.HealthyProbeInterval : _options.UnhealthyProbeInterval, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private static async Task WhenAnyChangesAsync(IEnumerable<Task> changes, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        await Task.WhenAny(changes.Append(Task.Delay(timeout, timer.Token)));
        await timer.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }

    private static bool IsBroken(Resource resource) =>
        resource.IsBlocked
        || resource.State is ResourceState.FailedToStart or ResourceState.RuntimeUnhealthy or ResourceState.Exited
        || (resource.State == ResourceState.Finished && !resource.RunsToCompletion);

    private static string Describe(Resource resource) => resource.IsBlocked
        ? $"is blocked: it {resource.Detail}"
        : resource.Detail is { } detail
            ? $"is {resource.State}: {detail}"
            : $"is {resource.State}{(resource.ExitCode is { } code ? $" with exit code {code}" : "")}";

    private static string HealthOf(Resource resource) => resource.Health == ResourceHealth.Unknown ? "" : $" and {resource.Health}";

    private static string Reason(string? detail) => detail is null ? "" : $": {detail}";

    // Dependencies are given to a resource's constructor, so they exist before it: there can be no cycle.
    private static Dictionary<Resource, int> ComputeDepths(IReadOnlyList<Resource> resources)
    {
        var depths = new Dictionary<Resource, int>();
        foreach (var resource in resources)
            Depth(resource);
        return depths;

        int Depth(Resource resource)
        {
            if (depths.TryGetValue(resource, out var known))
                return known;
            if (!resources.Contains(resource))
                throw new ArgumentException($"A resource waits for {resource.Name}, which is not among the resources.", nameof(resources));
            return depths[resource] = resource.WaitsFor.Count == 0 ? 0 : 1 + resource.WaitsFor.Max(Depth);
        }
    }

    private sealed class Running(CancellationTokenSource healthChecks)
    {
        public CancellationTokenSource HealthChecks { get; } = healthChecks;

        public Task<int>? Exit { get; set; }
    }
}
