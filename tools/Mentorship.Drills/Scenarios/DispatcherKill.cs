using System.Diagnostics;
using System.Globalization;
using Mentorship.Drills.Platform;
using Mentorship.Load.Running;
using Mentorship.ServiceDefaults.Hosting;

namespace Mentorship.Drills.Scenarios;

/// <summary>
/// A round's publication while its publisher dies: Matching is killed with SIGKILL while its outbox
/// dispatcher holds a batch it handed to the broker and Pairing is already applying, before the batch is
/// marked dispatched; Aspire starts it again at once. PostgreSQL rolls the marking back, so the restarted
/// dispatcher sends those events a second time: the consumers' inboxes must drop the copies, and every
/// count must still be exactly one per proposal.
/// </summary>
public static class DispatcherKill
{
    public const string Name = "dispatcher-kill";
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// After the kill, what the broker already held reaches Pairing; Matching takes well over this to start
    /// again, so nothing it sends again is counted as delivered before its death.
    /// </summary>
    private static readonly TimeSpan Drain = TimeSpan.FromSeconds(2);

    /// <summary>Copies still in flight after the last count would show as doubled later: a moment for them first.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(2);

    public static async Task<DrillReport> RunAsync(DrillPlatform platform, DrillSettings settings, TextWriter output, CancellationToken cancellationToken)
    {
        var databases = await PublicationDatabases.OpenAsync(platform);
        var proposals = settings.Proposals;
        await output.WriteLineAsync(Invariant(
            $"{Name}: {proposals} MatchProposed into Matching's outbox in one commit; SIGKILL to Matching while its dispatcher holds a batch Pairing is applying"));

        var round = await databases.PublishAsync(proposals);
        var clock = Stopwatch.StartNew();
        var matching = new Victim(ResourceNames.Matching, () => databases.DispatchedAsync(round));
        await KillMidBatchAsync(platform, databases, round, matching, clock, settings.Patience, cancellationToken);

        int? sentTwice = null;
        if (matching.KilledAt is not null)
        {
            await Task.Delay(Drain, cancellationToken);
            sentTwice = await databases.PairsAsync(round) - matching.AppliedAtKill;
            await WaitUntilAllAppliedAsync(databases, round, matching, clock, settings.Patience, cancellationToken);
        }

        await matching.Restart;
        await Task.Delay(Settle, cancellationToken);
        return Report(settings, round, matching, sentTwice, await databases.CountAsync(round));
    }

    /// <summary>
    /// Polls without a pause: the window is one batch's confirms. Kills when Pairing has applied more of the
    /// round than the outbox marked and the dispatcher's transaction is open, so the batch is out but unmarked.
    /// </summary>
    private static async Task KillMidBatchAsync(
        DrillPlatform platform, PublicationDatabases databases, PublishedRound round, Victim matching, Stopwatch clock, TimeSpan patience,
        CancellationToken cancellationToken)
    {
        while (clock.Elapsed < patience)
        {
            var applied = await databases.PairsAsync(round);
            var dispatched = await matching.ProgressAsync();
            if (dispatched >= round.Proposals)
                return;
            if (applied > dispatched && await databases.DispatcherHoldsBatchAsync())
            {
                await matching.KillAsync(platform, clock, cancellationToken);
                return;
            }
        }
    }

    private static async Task WaitUntilAllAppliedAsync(
        PublicationDatabases databases, PublishedRound round, Victim matching, Stopwatch clock, TimeSpan patience, CancellationToken cancellationToken)
    {
        while (clock.Elapsed < patience && !(matching.AllAppliedAt is not null && matching.Restart.IsCompleted))
        {
            if (await databases.PairsAsync(round) >= round.Proposals && await databases.NotificationsAsync(round) >= round.Proposals)
                matching.AllApplied(clock.Elapsed);
            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    private static DrillReport Report(DrillSettings settings, PublishedRound round, Victim matching, int? sentTwice, IReadOnlyList<DrillCount> counts)
    {
        var report = new DrillReport(Name, allowedError: _ => false);
        foreach (var count in counts)
            report.Count(count);
        if (matching.KilledAt is not { } killed)
        {
            report.Fail($"{matching.Resource}'s dispatcher was never caught holding a batch Pairing was applying within {settings.Patience.TotalSeconds:0} s: " +
                "everything was dispatched first (more --proposals make the batches longer)");
            return report;
        }

        report.Note(Invariant($"{matching.Resource}: SIGKILL {killed.TotalSeconds:0.000} s after the commit; {matching.AppliedAtKill} of {round.Proposals} marked dispatched when it died"));
        report.Note(Invariant($"delivered to Pairing but not marked dispatched when Matching died (sent again after its start): {sentTwice}"));
        report.Time($"{matching.Resource}: from the kill to serving again (started by Aspire)", matching.ServesAgainAt - killed);
        report.Time($"{matching.Resource}: from the kill to all {round.Proposals} applied by Pairing and Messaging", matching.AllAppliedAt - killed);
        if (matching.RestartFailure is not null)
            report.Fail($"{matching.Resource} could not be started again: {matching.RestartFailure}");
        if (sentTwice is not > 0)
            report.Fail("the kill came after the batch was marked: no event was sent twice, the drill proved nothing");
        return report;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
