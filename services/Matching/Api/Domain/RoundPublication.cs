using Mentorship.Matching.Apis.Models;
using Mentorship.Matching.Contracts;
using Mentorship.Matching.Data;
using Mentorship.ServiceDefaults.Backend.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Matching.Domain;

/// <summary>
/// Sends a reviewed round to Pairing: one placement and one MatchProposed per kept proposal, committed
/// with the round's new status and each proposal's outcome. The pool may have moved since planning (a
/// withdrawal, another round published), so each proposal is checked again and skipped with the reason
/// if it no longer holds. Built for rounds of tens of thousands of proposals: explanations are not
/// read, rows are added without per-row change detection and outcomes are written set-wise.
/// </summary>
public static class RoundPublication
{
    private const string MenteeGone = "The mentee is no longer waiting for a mentor (withdrawn or already paired).";
    private const string MentorGone = "The mentor is no longer available (withdrawn).";
    private const string MentorFull = "The mentor has no free seat left (in this programme or across programmes).";

    /// <summary>The advisory lock key that serialises publications ("MATCHPUB").</summary>
    private const long PublicationLock = 0x4D41544348505542;

    public static async Task<PublishRoundResult> PublishAsync(
        MatchingDbContext db,
        MatchingRound round,
        IReadOnlySet<Guid> excludedMentees,
        Guid publishedBy,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Publications take seats a mentor may hold in several programmes (their global limit):
        // one at a time across the service, each reading the seats the previous ones took.
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({PublicationLock})", cancellationToken);
        var proposals = await db.Proposals.AsNoTracking()
            .Where(p => p.RoundId == round.Id && p.Status == ProposalStatus.Proposed)
            .OrderByDescending(p => p.Score).ThenBy(p => p.MenteeId)
            .Select(p => new { p.MenteeId, p.MentorId, p.Score })
            .ToListAsync(cancellationToken);
        var pool = await RoundPool.LoadAsync(db, round.ProgrammeId, onlyMentees: null, cancellationToken);
        var waiting = pool!.Mentees.Select(m => m.PersonId).ToHashSet();
        var freeSeats = pool.Mentors.ToDictionary(m => m.PersonId, m => m.RemainingCapacity);

        var skipped = new List<SkippedProposal>();
        var excluded = new List<Guid>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        foreach (var proposal in proposals)
        {
            if (excludedMentees.Contains(proposal.MenteeId))
            {
                excluded.Add(proposal.MenteeId);
                continue;
            }

            var seats = freeSeats.GetValueOrDefault(proposal.MentorId, -1);
            var problem = !waiting.Contains(proposal.MenteeId) ? MenteeGone : seats < 0 ? MentorGone : seats == 0 ? MentorFull : null;
            if (problem is not null)
            {
                skipped.Add(new SkippedProposal(proposal.MenteeId, proposal.MentorId, problem));
                continue;
            }

            var pairId = Guid.CreateVersion7(now);
            waiting.Remove(proposal.MenteeId);
            freeSeats[proposal.MentorId] = seats - 1;
            db.Placements.Add(new Placement
            {
                PairId = pairId,
                ProgrammeId = round.ProgrammeId,
                RoundId = round.Id,
                MenteeId = proposal.MenteeId,
                MentorId = proposal.MentorId,
                Score = proposal.Score,
                Status = PlacementStatus.Proposed,
                ProposedAt = now,
            });
            db.AddEvent(new MatchProposed(pairId, round.Id, round.ProgrammeId, proposal.MenteeId, proposal.MentorId, proposal.Score, now), clock);
        }

        round.MarkPublished(publishedBy, now);
        db.ChangeTracker.DetectChanges();

        await db.SaveChangesAsync(cancellationToken);
        await RecordOutcomesAsync(db, round.Id, excluded, skipped, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new PublishRoundResult(round.Id, proposals.Count - excluded.Count - skipped.Count, excluded.Count, skipped);
    }

    /// <summary>The result of a round already published, for a repeated request.</summary>
    public static async Task<PublishRoundResult> SummaryAsync(MatchingDbContext db, Guid roundId, CancellationToken cancellationToken)
    {
        var outcomes = await db.Proposals.AsNoTracking()
            .Where(p => p.RoundId == roundId)
            .Select(p => new { p.MenteeId, p.MentorId, p.Status, p.SkipReason })
            .ToListAsync(cancellationToken);
        return new PublishRoundResult(
            roundId,
            outcomes.Count(p => p.Status == ProposalStatus.Published),
            outcomes.Count(p => p.Status == ProposalStatus.Excluded),
            outcomes.Where(p => p.Status == ProposalStatus.Skipped)
                .Select(p => new SkippedProposal(p.MenteeId, p.MentorId, p.SkipReason ?? "")).ToList());
    }

    /// <summary>Each proposal's outcome in a few set-wise statements: published ones take their placement's pair id.</summary>
    private static async Task RecordOutcomesAsync(
        MatchingDbContext db, Guid roundId, List<Guid> excluded, List<SkippedProposal> skipped, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            UPDATE round_proposals AS proposal
            SET status = 'Published', pair_id = placement.pair_id
            FROM placements AS placement
            WHERE proposal.round_id = {roundId} AND placement.round_id = {roundId}
              AND placement.mentee_id = proposal.mentee_id AND placement.mentor_id = proposal.mentor_id
            """, cancellationToken);
        if (excluded.Count > 0)
            await db.Proposals
                .Where(p => p.RoundId == roundId && excluded.Contains(p.MenteeId))
                .ExecuteUpdateAsync(set => set.SetProperty(p => p.Status, ProposalStatus.Excluded), cancellationToken);
        foreach (var reason in skipped.GroupBy(s => s.Reason))
        {
            var mentees = reason.Select(s => s.MenteeId).ToList();
            await db.Proposals
                .Where(p => p.RoundId == roundId && mentees.Contains(p.MenteeId))
                .ExecuteUpdateAsync(set => set.SetProperty(p => p.Status, ProposalStatus.Skipped).SetProperty(p => p.SkipReason, reason.Key), cancellationToken);
        }
    }
}
