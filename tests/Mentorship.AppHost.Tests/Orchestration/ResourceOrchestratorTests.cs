using System.Collections.Concurrent;
using Mentorship.AppHost.Orchestration;

namespace Mentorship.AppHost.Tests.Orchestration;

public sealed class ResourceOrchestratorTests
{
    private static readonly OrchestratorOptions Quick = new()
    {
        WaitTimeout = TimeSpan.FromSeconds(30),
        UnhealthyProbeInterval = TimeSpan.FromMilliseconds(10),
        HealthyProbeInterval = TimeSpan.FromMilliseconds(50),
    };

    private readonly ConcurrentQueue<string> _events = new();

    [Fact]
    public async Task A_resource_is_launched_only_once_what_it_waits_for_is_running_and_healthy()
    {
        var database = new FakeResource("database", _events) { Healthy = false };
        var broker = new FakeResource("broker", _events);
        var service = new FakeResource("service", _events, database, broker);
        var orchestrator = new ResourceOrchestrator([service, database, broker], Quick);

        var start = orchestrator.StartAsync();
        await WaitUntilAsync(() => database.State == ResourceState.Running && broker.IsReady);
        Assert.Equal(ResourceState.Waiting, service.State);
        Assert.DoesNotContain("launch service", _events);

        database.Healthy = true;
        await start;

        Assert.All(service.DependenciesAtLaunch, dependency => Assert.True(dependency.Ready, dependency.Name));
        Assert.Equal((ResourceState.Running, ResourceHealth.Healthy), (service.State, service.Health));
        await orchestrator.StopAsync();
    }

    [Fact]
    public async Task A_job_must_finish_before_what_waits_for_it_is_launched()
    {
        var migrations = new FakeResource("migrations", _events) { IsJob = true };
        var service = new FakeResource("service", _events, migrations);
        var orchestrator = new ResourceOrchestrator([service, migrations], Quick);

        await orchestrator.StartAsync();

        Assert.Equal(ResourceState.Finished, migrations.State);
        Assert.Equal(0, migrations.ExitCode);
        Assert.Equal([("migrations", true)], service.DependenciesAtLaunch);
        await orchestrator.StopAsync();
    }

    [Fact]
    public async Task A_failed_job_leaves_its_dependents_waiting_and_start_up_names_it()
    {
        var migrations = new FakeResource("migrations", _events) { IsJob = true, JobExitCode = 3 };
        var service = new FakeResource("service", _events, migrations);
        var gateway = new FakeResource("gateway", _events, service);
        var orchestrator = new ResourceOrchestrator([gateway, service, migrations], Quick);

        var failure = await Assert.ThrowsAsync<ResourceStartException>(() => orchestrator.StartAsync());

        Assert.Equal((ResourceState.Exited, 3), (migrations.State, migrations.ExitCode));
        Assert.Equal(ResourceState.Waiting, service.State);
        Assert.Equal(ResourceState.Waiting, gateway.State);
        Assert.True(service.IsBlocked);
        Assert.Contains(failure.Failures, f => f.Resource == "migrations" && f.BlockedBy is null);
        Assert.Contains(failure.Failures, f => f.Resource == "service" && f.BlockedBy == "migrations");
        Assert.Contains(failure.Failures, f => f.Resource == "gateway" && f.BlockedBy == "service");
        Assert.DoesNotContain("launch service", _events);
        await orchestrator.StopAsync();
    }

    [Fact]
    public async Task A_resource_that_cannot_be_launched_is_FailedToStart_and_blocks_its_dependents()
    {
        var broker = new FakeResource("broker", _events) { LaunchFailure = new InvalidOperationException("port taken") };
        var service = new FakeResource("service", _events, broker);
        var orchestrator = new ResourceOrchestrator([broker, service], Quick);

        var failure = await Assert.ThrowsAsync<ResourceStartException>(() => orchestrator.StartAsync());

        Assert.Equal(ResourceState.FailedToStart, broker.State);
        Assert.Equal("port taken", broker.Detail);
        Assert.Contains(failure.Failures, f => f.Resource == "service" && f.BlockedBy == "broker" && f.Reason.Contains("port taken", StringComparison.Ordinal));
        await orchestrator.StopAsync();
    }

    [Fact]
    public async Task A_missing_runtime_makes_a_resource_RuntimeUnhealthy()
    {
        var cache = new FakeResource("cache", _events) { LaunchFailure = new ResourceRuntimeUnavailableException("redis-server is not installed") };
        var orchestrator = new ResourceOrchestrator([cache], Quick);

        await Assert.ThrowsAsync<ResourceStartException>(() => orchestrator.StartAsync());

        Assert.Equal(ResourceState.RuntimeUnhealthy, cache.State);
        await orchestrator.StopAsync();
    }

    [Fact]
    public async Task Waiting_for_a_dependency_that_never_becomes_healthy_ends_with_its_name()
    {
        var database = new FakeResource("database", _events) { Healthy = false };
        var service = new FakeResource("service", _events, database);
        var orchestrator = new ResourceOrchestrator([database, service], Quick with { WaitTimeout = TimeSpan.FromMilliseconds(300) });

        var failure = await Assert.ThrowsAsync<ResourceStartException>(() => orchestrator.StartAsync());

        Assert.Contains(failure.Failures, f => f.Resource == "database" && f.Reason.Contains("not healthy", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.Resource == "service" && f.BlockedBy == "database");
        Assert.Equal(ResourceState.Waiting, service.State);
        await orchestrator.StopAsync();
    }

    [Fact]
    public async Task Stopping_stops_dependents_before_what_they_depend_on()
    {
        var database = new FakeResource("database", _events);
        var migrations = new FakeResource("migrations", _events, database) { IsJob = true };
        var service = new FakeResource("service", _events, database, migrations);
        var gateway = new FakeResource("gateway", _events, service);
        var orchestrator = new ResourceOrchestrator([database, migrations, service, gateway], Quick);
        await orchestrator.StartAsync();

        await orchestrator.StopAsync();

        var stops = _events.Where(e => e.StartsWith("stop", StringComparison.Ordinal)).ToList();
        Assert.Equal(["stop gateway", "stop service", "stop migrations", "stop database"], stops);
        Assert.All([database, service, gateway], r => Assert.Equal(ResourceState.Exited, r.State));
        Assert.Equal(ResourceState.Finished, migrations.State);
    }

    [Fact]
    public async Task A_resource_that_exits_by_itself_is_Exited_with_its_exit_code()
    {
        var service = new FakeResource("service", _events);
        var orchestrator = new ResourceOrchestrator([service], Quick);
        await orchestrator.StartAsync();

        service.Exit.SetResult(139);
        await WaitUntilAsync(() => service.State == ResourceState.Exited);

        Assert.Equal(139, service.ExitCode);
        Assert.Contains("139", service.Detail, StringComparison.Ordinal);
        await orchestrator.StopAsync();
    }

    [Fact]
    public async Task A_stopped_resource_starts_again_and_counts_the_restart()
    {
        var broker = new FakeResource("broker", _events);
        var orchestrator = new ResourceOrchestrator([broker], Quick);
        await orchestrator.StartAsync();

        await orchestrator.StopResourceAsync(broker);
        var stopped = broker.State;
        await orchestrator.StartResourceAsync(broker);

        Assert.Equal(ResourceState.Exited, stopped);
        Assert.True(broker.IsReady);
        Assert.Equal(1, broker.Restarts);
        await orchestrator.StopAsync();
    }

    [Fact]
    public void A_resource_waiting_for_one_the_orchestrator_was_not_given_is_refused()
    {
        var database = new FakeResource("database", _events);
        var service = new FakeResource("service", _events, database);

        Assert.Throws<ArgumentException>(() => new ResourceOrchestrator([service], Quick));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition did not come true.");
            await Task.Delay(10);
        }
    }
}
