using System.Diagnostics;
using System.Globalization;
using Mentorship.Drills.Platform;
using Mentorship.Load.Running;
using Mentorship.ServiceDefaults.Hosting;

namespace Mentorship.Drills.Scenarios;

/// <summary>
/// A round's publication (N MatchProposed in Matching's outbox, one commit) while its consumers die: Pairing
/// is killed with SIGKILL once it opened a share of the pairs, Messaging once it notified that share of the
/// mentors, and each is started again at once. Then every event must be applied exactly once: N pairs, threads,
/// notifications and mails, one inbox record per event in each service.
/// </summary>
public static class ConsumerKill
{
    public const string Name = "consumer-kill";
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    /// <summary>Events still in flight after the last count would show as doubled later: a moment for them first.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(2);

    public static async Task<DrillReport> RunAsync(DrillPlatform platform, DrillSettings settings, TextWriter output, CancellationToken cancellationToken)
    {
        var databases = await PublicationDatabases.OpenAsync(platform);
        var proposals = settings.Proposals;
        var threshold = Math.Clamp((int)Math.Ceiling(proposals * settings.KillAt), 1, proposals);
        await output.WriteLineAsync(Invariant($"{Name}: {proposals} MatchProposed into Matching's outbox in one commit; SIGKILL to Pairing and Messaging each at {threshold} applied"));

        var round = await databases.PublishAsync(proposals);
        var clock = Stopwatch.StartNew();
        Victim[] victims = [new(ResourceNames.Pairing, () => databases.PairsAsync(round)), new(ResourceNames.Messaging, () => databases.NotificationsAsync(round))];
        while (clock.Elapsed < settings.Patience && !victims.All(v => v.AllAppliedAt is not null && v.Restart.IsCompleted))
        {
            foreach (var victim in victims)
            {
                var applied = await victim.ProgressAsync();
                if (victim.KilledAt is null && applied >= threshold)
                    await victim.KillAsync(platform, clock, cancellationToken);
                else if (victim.KilledAt is not null && applied >= proposals)
                    victim.AllApplied(clock.Elapsed);
            }

            await Task.Delay(PollInterval, cancellationToken);
        }

        await Task.WhenAll(victims.Select(v => v.Restart));
        await Task.Delay(Settle, cancellationToken);
        return Report(settings, round, victims, await databases.CountAsync(round));
    }

    private static DrillReport Report(DrillSettings settings, PublishedRound round, IReadOnlyList<Victim> victims, IReadOnlyList<DrillCount> counts)
    {
        var report = new DrillReport(Name, allowedError: _ => false);
        foreach (var count in counts)
            report.Count(count);
        foreach (var victim in victims)
        {
            if (victim.KilledAt is not { } killed)
            {
                report.Fail($"{victim.Resource} was never killed: it did not reach its threshold within {settings.Patience.TotalSeconds:0} s");
                continue;
            }

            report.Note(Invariant($"{victim.Resource}: SIGKILL {killed.TotalSeconds:0.0} s after the commit, having applied {victim.AppliedAtKill} of {round.Proposals}"));
            report.Time($"{victim.Resource}: from the kill to serving again (started by Aspire)", victim.ServesAgainAt - killed);
            report.Time($"{victim.Resource}: from the kill to all {round.Proposals} applied", victim.AllAppliedAt - killed);
            if (victim.RestartFailure is not null)
                report.Fail($"{victim.Resource} could not be started again: {victim.RestartFailure}");
            if (victim.AppliedAtKill >= round.Proposals)
                report.Fail($"{victim.Resource} had applied everything before it was killed: nothing was in flight");
        }

        report.Time("publication: from the commit to everything applied", victims.All(v => v.AllAppliedAt is not null) ? victims.Max(v => v.AllAppliedAt) : null);
        return report;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
