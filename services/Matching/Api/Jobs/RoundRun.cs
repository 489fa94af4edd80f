using Mentorship.Matching.Data;
using Mentorship.Matching.Domain;
using Mentorship.Matching.Engine.Rounds;
using Mentorship.Matching.Engine.Solving;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Mentorship.Matching.Jobs;

/// <summary>
/// Plans one claimed round: loads the pool as it is now, runs the engine off the request path with
/// progress and a heartbeat, and stores the proposals, the unmatched mentees and the statistics
/// together. Pins that cannot be honoured fail the round with the reasons.
/// </summary>
public sealed partial class RoundRun(
    MatchingDbContext db,
    IServiceScopeFactory scopes,
    RoundProgressStore progressStore,
    IOptions<RoundJobOptions> options,
    TimeProvider clock,
    ILogger<RoundRun> logger)
{
    public async Task ExecuteAsync(Guid roundId, CancellationToken cancellationToken)
    {
        var round = await db.Rounds.FirstAsync(r => r.Id == roundId, cancellationToken);
        var claimedAt = round.StartedAt;
        var pool = await RoundPool.LoadAsync(
            db, round.ProgrammeId, round.Kind == RoundKind.Rematch ? round.MenteeIds : null, cancellationToken);
        if (pool is null)
        {
            round.Fail("Matching has not received this programme yet.", clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        LogStarting(round.Id, round.Kind.ToString(), pool.Mentees.Count, pool.Mentors.Count, pool.FreeSeats);
        var reporter = new RoundProgressReporter(round.Id, progressStore, clock);
        (RoundPlan Plan, IReadOnlyDictionary<Guid, IReadOnlyList<AlternativeMentor>> Alternatives)? planned = null;
        string? failure = null;
        // A first beat before planning: loading a large pool takes a while, and the row says the round
        // is being planned from the start (and a re-claim since the claim shows before the plan is stored).
        await TryWriteHeartbeatAsync(round.Id, reporter.Latest, cancellationToken);
        using (var planning = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            var heartbeat = BeatAsync(round.Id, reporter, planning.Token);
            try
            {
                planned = await Task.Run(() => Plan(round, pool, reporter, planning.Token), planning.Token);
            }
            catch (PinsRejectedException rejected)
            {
                failure = $"Pinned pairs cannot be honoured: {rejected.Message}";
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                LogFailed(exception, round.Id);
                failure = $"The round could not be planned: {exception.Message}";
            }
            finally
            {
                await planning.CancelAsync();
                await heartbeat;
            }
        }

        // The heartbeat rewrote the row (and its version) while planning: record the outcome on what is stored now.
        await db.Entry(round).ReloadAsync(CancellationToken.None);
        if (round.Status != RoundStatus.Running || round.StartedAt != claimedAt)
        {
            // Heartbeats went unwritten for MatchingRound.AbandonedAfter and the round was handed on: the
            // replica that claimed it since records the outcome, so the round is stored once.
            LogSuperseded(round.Id);
            return;
        }

        if (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: another replica (or this one after restart) plans it from scratch.
            round.Requeue();
            await db.SaveChangesAsync(CancellationToken.None);
            cancellationToken.ThrowIfCancellationRequested();
        }

        if (planned is { } result)
        {
            Store(round, result.Plan, result.Alternatives);
            LogCompleted(round.Id, result.Plan.Proposals.Count, result.Plan.Unmatched.Count, result.Plan.Stats.SolveMs);
        }
        else
        {
            round.Fail(failure!, clock.GetUtcNow());
        }

        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
        progressStore.Publish(round.Id, round.Status.ToString().ToLowerInvariant(), 1);
    }

    private static (RoundPlan Plan, IReadOnlyDictionary<Guid, IReadOnlyList<AlternativeMentor>> Alternatives) Plan(
        MatchingRound round, RoundPool pool, IProgress<RoundProgress> progress, CancellationToken cancellationToken)
    {
        var objective = round.Mode == RoundMode.MaxScore ? Objective.MaxScore : Objective.MaxParticipation;
        if (round.Kind == RoundKind.Rematch)
        {
            var rematch = RoundPlanner.Rematch(
                new RematchRequest(pool.Weights, pool.Mentees, pool.Mentors, pool.Appreciations, pool.Declined, objective),
                progress, cancellationToken);
            return (rematch.Plan, rematch.Alternatives);
        }

        var plan = RoundPlanner.Plan(
            new RoundRequest(pool.Weights, pool.Mentees, pool.Mentors, pool.Appreciations, pool.Declined, objective),
            progress, cancellationToken);
        return (plan, new Dictionary<Guid, IReadOnlyList<AlternativeMentor>>());
    }

    private void Store(MatchingRound round, RoundPlan plan, IReadOnlyDictionary<Guid, IReadOnlyList<AlternativeMentor>> alternatives)
    {
        // Tens of thousands of rows: added without per-row change detection, detected once before saving.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.Proposals.AddRange(plan.Proposals.Select(p => new RoundProposal
        {
            RoundId = round.Id,
            MenteeId = p.MenteeId,
            MentorId = p.MentorId,
            Score = p.Score,
            Pinned = p.Pinned,
            Criteria = p.Criteria,
            Adjustments = p.Adjustments,
            Alternatives = alternatives.GetValueOrDefault(p.MenteeId) ?? [],
            Status = ProposalStatus.Proposed,
        }));
        db.Unmatched.AddRange(plan.Unmatched.Select(u => new RoundUnmatched
        {
            RoundId = round.Id,
            MenteeId = u.MenteeId,
            Reason = u.Reason,
            FeasibleMentors = u.FeasibleMentors,
            ExcludedMentors = u.ExcludedMentors,
            Explanation = u.Explanation,
        }));
        round.Complete(plan.Stats, clock.GetUtcNow());
    }

    /// <summary>Writes the latest progress to the round row every few seconds: the worker is alive, and where it is.</summary>
    private async Task BeatAsync(Guid roundId, RoundProgressReporter reporter, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(options.Value.HeartbeatInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                await TryWriteHeartbeatAsync(roundId, reporter.Latest, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // Planning ended.
        }
    }

    private async Task TryWriteHeartbeatAsync(Guid roundId, RoundProgress latest, CancellationToken cancellationToken)
    {
        try
        {
            await WriteHeartbeatAsync(roundId, latest, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A write refused once (a dropped connection, a failover) must not throw the plan away
            // when planning ends: the next tick writes again, and only a silence of
            // MatchingRound.AbandonedAfter hands the round to another replica.
            LogHeartbeatFailed(exception, roundId);
        }
    }

    private async Task WriteHeartbeatAsync(Guid roundId, RoundProgress latest, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var phase = latest.Phase.ToString().ToLowerInvariant();
        var now = clock.GetUtcNow();
        await scope.ServiceProvider.GetRequiredService<MatchingDbContext>().Rounds
            .Where(r => r.Id == roundId && r.Status == RoundStatus.Running)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(r => r.HeartbeatAt, now)
                    .SetProperty(r => r.Phase, phase)
                    .SetProperty(r => r.Progress, latest.Fraction),
                cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Round {RoundId} was handed to another worker while this one planned it; this plan is dropped")]
    private partial void LogSuperseded(Guid roundId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A heartbeat of round {RoundId} could not be written; the next one tries again")]
    private partial void LogHeartbeatFailed(Exception exception, Guid roundId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Planning {Kind} {RoundId}: {Mentees} mentees, {Mentors} mentors, {Seats} free seats")]
    private partial void LogStarting(Guid roundId, string kind, int mentees, int mentors, int seats);

    [LoggerMessage(Level = LogLevel.Information, Message = "Round {RoundId} planned: {Proposals} proposals, {Unmatched} unmatched, solved in {SolveMs:0} ms")]
    private partial void LogCompleted(Guid roundId, int proposals, int unmatched, double solveMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "Round {RoundId} failed")]
    private partial void LogFailed(Exception exception, Guid roundId);
}
