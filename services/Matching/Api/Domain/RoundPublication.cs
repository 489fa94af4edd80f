using Mentorship.Matching.Apis.Models;
using Mentorship.Matching.Contracts;
using Mentorship.Matching.Data;
using Mentorship.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Matching.Domain;

/// <summary>
/// Sends a reviewed round to Pairing: one placement and one MatchProposed per kept proposal, committed
/// with the round's new status. The pool may have moved since planning (a withdrawal, another round
/// published), so each proposal is checked again and skipped with the reason if it no longer holds.
/// </summary>
public static class RoundPublication
{
    public static async Task<PublishRoundResult> PublishAsync(
        MatchingDbContext db,
        MatchingRound round,
        IReadOnlySet<Guid> excludedMentees,
        Guid publishedBy,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var proposals = await db.Proposals
            .Where(p => p.RoundId == round.Id && p.Status == ProposalStatus.Proposed)
            .OrderByDescending(p => p.Score).ThenBy(p => p.MenteeId)
            .ToListAsync(cancellationToken);
        var pool = await RoundPool.LoadAsync(db, round.ProgrammeId, onlyMentees: null, cancellationToken);
        var waiting = pool!.Mentees.Select(m => m.PersonId).ToHashSet();
        var freeSeats = pool.Mentors.ToDictionary(m => m.PersonId, m => m.RemainingCapacity);

        var skipped = new List<SkippedProposal>();
        var published = 0;
        foreach (var proposal in proposals)
        {
            if (excludedMentees.Contains(proposal.MenteeId))
            {
                proposal.Status = ProposalStatus.Excluded;
                continue;
            }

            var seats = freeSeats.GetValueOrDefault(proposal.MentorId, -1);
            var problem = !waiting.Contains(proposal.MenteeId) ? "The mentee is no longer waiting for a mentor (withdrawn or already paired)."
                : seats < 0 ? "The mentor is no longer available (withdrawn)."
                : seats == 0 ? "The mentor has no free seat left."
                : null;
            if (problem is not null)
            {
                proposal.Status = ProposalStatus.Skipped;
                proposal.SkipReason = problem;
                skipped.Add(new SkippedProposal(proposal.MenteeId, proposal.MentorId, problem));
                continue;
            }

            var pairId = Guid.CreateVersion7(now);
            proposal.Status = ProposalStatus.Published;
            proposal.PairId = pairId;
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
            published++;
        }

        round.MarkPublished(publishedBy, now);
        await db.SaveChangesAsync(cancellationToken);
        return new PublishRoundResult(round.Id, published, excludedMentees.Count(id => proposals.Any(p => p.MenteeId == id)), skipped);
    }

    /// <summary>The result of a round already published, for a repeated request.</summary>
    public static async Task<PublishRoundResult> SummaryAsync(MatchingDbContext db, Guid roundId, CancellationToken cancellationToken)
    {
        var proposals = await db.Proposals.AsNoTracking().Where(p => p.RoundId == roundId).ToListAsync(cancellationToken);
        return new PublishRoundResult(
            roundId,
            proposals.Count(p => p.Status == ProposalStatus.Published),
            proposals.Count(p => p.Status == ProposalStatus.Excluded),
            proposals.Where(p => p.Status == ProposalStatus.Skipped)
                .Select(p => new SkippedProposal(p.MenteeId, p.MentorId, p.SkipReason ?? "")).ToList());
    }
}
