using Mentorship.Matching.Data;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Matching.Domain;

/// <summary>
/// What happens when a published pair ends: the mentor's seat is freed; a pair that did not start
/// (declined, not a fit) is never proposed again and its mentee is queued for a re-match, which
/// coordinators review like any round. Repeats change nothing.
/// </summary>
public static class PlacementEndings
{
    public static async Task EndAsync(
        MatchingDbContext db,
        Guid pairId,
        Guid programmeId,
        Guid menteeId,
        Guid mentorId,
        PlacementStatus ending,
        DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        var placement = await db.Placements.FirstOrDefaultAsync(p => p.PairId == pairId, cancellationToken);
        if (placement is null)
        {
            // The pair is not from this database (restored backup, earlier deployment): keep the fact.
            placement = new Placement
            {
                PairId = pairId,
                ProgrammeId = programmeId,
                MenteeId = menteeId,
                MentorId = mentorId,
                Status = PlacementStatus.Proposed,
                ProposedAt = at,
            };
            db.Placements.Add(placement);
        }

        if (!placement.HoldsSeat)
            return;

        placement.Status = ending;
        placement.EndedAt = at;
        if (!placement.ReturnsMentee)
            return;

        var known = await db.DeclinedPairs.AnyAsync(
            d => d.ProgrammeId == programmeId && d.MenteeId == menteeId && d.MentorId == mentorId, cancellationToken);
        if (!known)
            db.DeclinedPairs.Add(new DeclinedPairRecord
            {
                ProgrammeId = programmeId,
                MenteeId = menteeId,
                MentorId = mentorId,
                PairId = pairId,
                Cause = ending,
                At = at,
            });

        await QueueRematchAsync(db, programmeId, menteeId, at, cancellationToken);
    }

    /// <summary>Joins a re-match not started yet, so a burst of declines makes one review, not many.</summary>
    private static async Task QueueRematchAsync(
        MatchingDbContext db, Guid programmeId, Guid menteeId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var waiting = await db.Rounds.FirstOrDefaultAsync(
            r => r.ProgrammeId == programmeId && r.Kind == RoundKind.Rematch && r.Status == RoundStatus.Queued, cancellationToken);
        if (waiting is null)
            db.Rounds.Add(MatchingRound.Rematch(programmeId, [menteeId], at));
        else if (!waiting.MenteeIds.Contains(menteeId))
            waiting.MenteeIds.Add(menteeId);
    }
}
