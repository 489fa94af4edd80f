using System.CommandLine;
using Mentorship.Drills.Scenarios;
using Mentorship.Drills.Platform;
using Mentorship.Load.Running;

namespace Mentorship.Drills;

/// <summary>
/// consumer-kill, dispatcher-kill, database-restart, broker-restart, broker-freeze, or all five on one platform: each starts the whole
/// platform itself (it needs its processes), prints its report, and the exit code is 1 when anything was
/// lost or doubled, or a drill failed otherwise.
/// </summary>
public static class DrillCommandLine
{
    private delegate Task<DrillReport> Drill(DrillPlatform platform, DrillSettings settings, TextWriter output, CancellationToken cancellationToken);

    private static readonly Option<int> Proposals = new("--proposals")
    {
        Description = "consumer-kill, dispatcher-kill: MatchProposed events in the publication.", DefaultValueFactory = _ => 2_000, Recursive = true,
    };

    private static readonly Option<double> KillAt = new("--kill-at")
    {
        Description = "consumer-kill: the share of the proposals a consumer has applied when it is killed.", DefaultValueFactory = _ => 1.0 / 3, Recursive = true,
    };

    private static readonly Option<int> Connections = new("--connections")
    {
        Description = "broker-restart, broker-freeze, database-restart: concurrent intake clients.", DefaultValueFactory = _ => 8, Recursive = true,
    };

    private static readonly Option<int> Load = new("--load")
    {
        Description = "broker-restart, broker-freeze, database-restart: seconds of intake before the stop and after the start.", DefaultValueFactory = _ => 10, Recursive = true,
    };

    private static readonly Option<int> Outage = new("--outage")
    {
        Description = "broker-restart, database-restart: seconds the server stays down; broker-freeze: that plus the outbox's 10 s publish timeout.", DefaultValueFactory = _ => 10, Recursive = true,
    };

    private static readonly Option<int> Patience = new("--patience")
    {
        Description = "Seconds to wait for the platform to apply everything after the fault.", DefaultValueFactory = _ => 900, Recursive = true,
    };

    private static readonly (string Name, string Description, Drill Run)[] All =
    [
        (ConsumerKill.Name, "A round's publication while Pairing and Messaging are killed with SIGKILL and started again.", ConsumerKill.RunAsync),
        (DispatcherKill.Name, "A round's publication while Matching is killed with SIGKILL in the middle of an outbox batch and started again.", DispatcherKill.RunAsync),
        (ServerRestart.Database, "Intake while PostgreSQL is stopped and started again.", ServerRestart.DatabaseAsync),
        (ServerRestart.Broker, "Intake while RabbitMQ is stopped and started again.", ServerRestart.BrokerAsync),
        (ServerRestart.BrokerFreeze, "Intake while RabbitMQ hangs (SIGSTOP) past the outbox's publish timeout, then goes on.", ServerRestart.BrokerFreezeAsync),
    ];

    public static RootCommand Create()
    {
        foreach (var count in new[] { Proposals, Connections, Patience })
            AtLeast(count, 1);
        AtLeast(Load, 0);
        AtLeast(Outage, 0);
        KillAt.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() is <= 0 or > 1)
                result.AddError("--kill-at must be more than 0 and at most 1.");
        });

        var root = new RootCommand("Fault drills: the whole platform started by its AppHost, a part of it broken under work, then counted: nothing lost, nothing doubled.")
        {
            Proposals, KillAt, Connections, Load, Outage, Patience,
        };
        foreach (var drill in All)
            root.Subcommands.Add(CommandOf(drill.Name, drill.Description, [drill.Run]));
        root.Subcommands.Add(CommandOf("all", "The five drills in turn, on one platform.", [.. All.Select(d => d.Run)]));
        return root;
    }

    private static void AtLeast(Option<int> option, int minimum) =>
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < minimum)
                result.AddError($"{option.Name} must be at least {minimum}.");
        });

    private static Command CommandOf(string name, string description, Drill[] drills)
    {
        var command = new Command(name, description);
        command.SetAction((parsed, cancellationToken) => RunAsync(drills, SettingsOf(parsed), parsed.InvocationConfiguration.Output, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(Drill[] drills, DrillSettings settings, TextWriter output, CancellationToken cancellationToken)
    {
        await using var platform = await DrillPlatform.StartAsync(output);
        var passed = true;
        foreach (var drill in drills)
        {
            var before = await platform.MovedAsideAsync(cancellationToken);
            var report = await drill(platform, settings, output, cancellationToken);
            MovedAside.Check(report, before, await platform.MovedAsideAsync(cancellationToken));
            await report.WriteAsync(output);
            passed &= report.Passed;
        }

        return passed ? 0 : 1;
    }

    private static DrillSettings SettingsOf(ParseResult parsed) => new(
        parsed.GetValue(Proposals), parsed.GetValue(KillAt), parsed.GetValue(Connections),
        TimeSpan.FromSeconds(parsed.GetValue(Load)), TimeSpan.FromSeconds(parsed.GetValue(Outage)), TimeSpan.FromSeconds(parsed.GetValue(Patience)));
}
