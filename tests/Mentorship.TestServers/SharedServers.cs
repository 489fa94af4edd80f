using System.Diagnostics;
using System.Runtime.InteropServices;
using Aspire.Hosting.Testing;
using Mentorship.Testing;
using static Mentorship.ServiceDefaults.Hosting.ResourceNames;

namespace Mentorship.TestServers;

/// <summary>
/// The AppHost's servers (PostgreSQL, RabbitMQ, Redis), started once and announced as the
/// ConnectionStrings__{postgres|eventbus|cache} that <see cref="TestInfrastructure"/> reads: every test
/// process then creates its databases and queues on them (each under unique names) instead of spending
/// 15 to 45 s of two shared cores starting its own. RabbitMQ has a virtual host per test project, which
/// each process uses (<see cref="TestInfrastructure.VirtualHostPerTestProject"/>): on one, the projects'
/// buses received each other's events. Stops on SIGTERM or SIGINT, or when the owner (the test script) is
/// gone, so a killed script never leaves servers behind.
/// </summary>
public static class SharedServers
{
    private static readonly TimeSpan OwnerCheck = TimeSpan.FromSeconds(2);

    public static async Task<int> RunAsync(string environmentFile, int owner)
    {
        var clock = Stopwatch.StartNew();
        var testProjects = TestProjects.All();
        await using var platform = await LocalPlatform.StartAsync(infrastructureOnly: true, TestInfrastructure.StartTimeout, eventBusVirtualHosts: testProjects);
        var variables = new Dictionary<string, string>();
        foreach (var resource in new[] { Postgres, EventBus, Cache })
            variables[$"ConnectionStrings__{resource}"] = (await platform.App.GetConnectionStringAsync(resource))!;
        variables[TestInfrastructure.VirtualHostPerTestProject] = "1";
        await EnvironmentFile.WriteAsync(environmentFile, variables);
        Console.WriteLine($"[Mentorship.TestServers] PostgreSQL, RabbitMQ ({testProjects.Count} virtual hosts, one per test project) and Redis are up in "
            + $"{clock.Elapsed.TotalSeconds:0.0} s (data in {platform.DataDirectory}).");

        using var stop = new CancellationTokenSource();
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
        while (!stop.IsCancellationRequested && ProcessIds.IsAlive(owner))
            await Task.Delay(OwnerCheck, stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
        Console.WriteLine("[Mentorship.TestServers] Stopping the servers.");
        return 0;

        void Cancel(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }
    }
}
