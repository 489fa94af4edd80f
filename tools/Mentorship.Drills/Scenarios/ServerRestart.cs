using System.Globalization;
using Mentorship.Drills.Platform;
using Mentorship.Load.Running;
using Mentorship.ServiceDefaults.Backend.Outbox;
using Mentorship.ServiceDefaults.Hosting;

namespace Mentorship.Drills.Scenarios;

/// <summary>
/// Intake through the gateway (submit, prepare, approve) while a server is stopped with Aspire's stop
/// command, left down, and started again: RabbitMQ (broker-restart) or PostgreSQL (database-restart);
/// or while RabbitMQ hangs (broker-freeze): every process of it stopped with SIGSTOP, its connections
/// left open but silent as behind a network partition, for longer than the outbox's publish timeout,
/// then continued.
/// Then every acknowledged application is stored once, every acknowledged approval reaches Matching's
/// pool through exactly one event applied once, and the services recovered without being restarted.
/// Failed requests are allowed only of the kinds the outage explains: none for the broker (requests do
/// not go through it; a timeout of the loaded machine aside), 5xx, refused connections and timeouts for
/// the database.
/// </summary>
public static class ServerRestart
{
    public const string Broker = "broker-restart";
    public const string Database = "database-restart";
    public const string BrokerFreeze = "broker-freeze";

    /// <summary>The outbox's default publish timeout: a freeze lasts the outage plus this, so publishes time out during it.</summary>
    private static readonly TimeSpan PastPublishTimeout = new OutboxOptions().PublishTimeout;

    public static Task<DrillReport> BrokerAsync(DrillPlatform platform, DrillSettings settings, TextWriter output, CancellationToken cancellationToken) =>
        RunAsync(new(Broker, ResourceNames.EventBus, "RabbitMQ", kind => kind == ErrorKinds.Timeout, Signal: null), platform, settings, output, cancellationToken);

    public static Task<DrillReport> BrokerFreezeAsync(DrillPlatform platform, DrillSettings settings, TextWriter output, CancellationToken cancellationToken) =>
        RunAsync(new(BrokerFreeze, ResourceNames.EventBus, "RabbitMQ", kind => kind == ErrorKinds.Timeout, Signal: null, Freeze: true),
            platform, settings with { Outage = settings.Outage + PastPublishTimeout }, output, cancellationToken);

    public static Task<DrillReport> DatabaseAsync(DrillPlatform platform, DrillSettings settings, TextWriter output, CancellationToken cancellationToken) =>
        RunAsync(new(Database, ResourceNames.Postgres, "PostgreSQL", ErrorKinds.IsOutage, Signal: "INT"), platform, settings, output, cancellationToken);

    private static async Task<DrillReport> RunAsync(Outage outage, DrillPlatform platform, DrillSettings settings, TextWriter output, CancellationToken cancellationToken)
    {
        var databases = await IntakeDatabases.OpenAsync(platform);
        string[] services = [.. ResourceNames.Backends, ResourceNames.Gateway];
        var processes = services.ToDictionary(service => service, platform.ProcessIdOf);
        await output.WriteLineAsync(Invariant(
            $"{outage.Drill}: intake through the gateway on {settings.Connections} connections; {outage.Server} {(outage.Freeze ? "frozen" : "stopped")} after {settings.Load.TotalSeconds:0} s, {(outage.Freeze ? "silent" : "down")} for {settings.Outage.TotalSeconds:0} s, then {settings.Load.TotalSeconds:0} s more"));

        using var traffic = await IntakeTraffic.StartAsync(platform.Gateway, settings.Connections, cancellationToken);
        await Task.Delay(settings.Load, cancellationToken);
        var serverProcess = platform.ProcessIdOf(outage.Resource);
        var before = (Submitted: traffic.Submitted.Count, Approved: traffic.Approved.Count);
        var stopping = traffic.Calls.Now;
        if (outage.Freeze)
            await platform.SignalTreeAsync(outage.Resource, "STOP", cancellationToken);
        else if (outage.Signal is { } signal)
            await platform.SignalAsync(outage.Resource, signal, cancellationToken);
        else
            await platform.StopAsync(outage.Resource, cancellationToken);
        var stopped = traffic.Calls.Now;
        var stoppedAt = DateTimeOffset.UtcNow;
        try
        {
            await Task.Delay(settings.Outage, cancellationToken);
        }
        catch (OperationCanceledException) when (outage.Freeze)
        {
            // A frozen broker would keep the AppHost's stop waiting on it: let it go on before giving up.
            await platform.SignalTreeAsync(outage.Resource, "CONT", CancellationToken.None);
            throw;
        }

        var starting = traffic.Calls.Now;
        var whileDown = (Submitted: traffic.Submitted.Count - before.Submitted, Approved: traffic.Approved.Count - before.Approved);
        if (outage.Freeze)
            await platform.SignalTreeAsync(outage.Resource, "CONT", cancellationToken);
        else
            await platform.StartAgainAsync(outage.Resource, serverProcess, cancellationToken);
        var back = traffic.Calls.Now;
        var backAt = DateTimeOffset.UtcNow;
        await Task.Delay(settings.Load, cancellationToken);
        var run = await traffic.StopAsync();
        var (inPool, dispatched) = await databases.WaitForEventsAsync(traffic, settings.Patience, cancellationToken);

        var report = new DrillReport(outage.Drill, outage.AllowedError)
            .Note(Invariant($"{outage.Server} {(outage.Freeze ? "frozen" : "stopped")} {(stopped - stopping).TotalSeconds:0.0} s after {outage.HowStopped}; down {(starting - stopped).TotalSeconds:0.0} s; serving {(back - starting).TotalSeconds:0.0} s after {(outage.Freeze ? "SIGCONT" : "the start command")}"))
            .Note(Invariant($"acknowledged while it was down: {whileDown.Submitted} submissions, {whileDown.Approved} approvals; in all {traffic.Submitted.Count} submissions, {traffic.Approved.Count} approvals, {traffic.Calls.Count} requests"))
            .AddErrors(traffic.Calls.ErrorsByKind());
        var firstSuccess = traffic.Calls.FirstSuccessAfter(back);
        if (firstSuccess is { } first && traffic.Calls.ErrorsByKind(from: first) is { Count: > 0 } later)
            report.Note("failed after the first success since it came back: " + string.Join(", ", later.Select(e => $"{e.Key} x {e.Value}")));
        report.Time($"from {outage.Server} back to the first request answered", firstSuccess - back)
            .Time($"from {outage.Server} back to the first approval stored while it was away dispatched", await databases.FirstDispatchedAsync(stoppedAt, backAt) - backAt)
            .Time($"from {outage.Server} back to Enrollment's outbox drained", dispatched - back)
            .Time($"from {outage.Server} back to every approval in Matching's pool", inPool - back);
        foreach (var count in await databases.CountAsync(traffic))
            report.Count(count);

        var restarted = services.Where(service => platform.RunningProcessOf(service) != processes[service]).ToList();
        if (restarted.Count > 0)
            report.Fail("services that did not recover by themselves (ended, or running as another process): " + string.Join(", ", restarted));
        if (outage.Resource == ResourceNames.EventBus && whileDown.Approved == 0)
            report.Fail("no approval was acknowledged while RabbitMQ was down: no event had to wait in the outbox");
        if (run.Succeeded == 0)
            report.Fail("no application went through: the platform never served");
        return report;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A server and how it is stopped: Aspire's stop command, a signal to its process (its own fast
    /// shutdown), or frozen whole with SIGSTOP and continued with SIGCONT.
    /// </summary>
    private sealed record Outage(string Drill, string Resource, string Server, Func<string, bool> AllowedError, string? Signal, bool Freeze = false)
    {
        public string HowStopped => Freeze ? "SIGSTOP to its processes" : Signal is null ? "Aspire's stop command" : "SIG" + Signal;
    }
}
