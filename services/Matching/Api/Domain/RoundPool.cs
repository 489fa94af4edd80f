using System.Data;
using Mentorship.Matching.Data;
using Mentorship.Matching.Engine.Rounds;
using Mentorship.Matching.Engine.Scoring;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Matching.Domain;

/// <summary>
/// Who a round of a programme matches, as of now: approved mentees without a live or finished pair,
/// and approved mentors with their seats already taken by published pairs, here and, for a mentor with
/// a limit across programmes, everywhere. Published pairs are never disturbed: they only count as load.
/// </summary>
public sealed record RoundPool(
    CriterionWeights Weights,
    IReadOnlyList<Mentee> Mentees,
    IReadOnlyList<Mentor> Mentors,
    IReadOnlyList<Appreciation> Appreciations,
    IReadOnlyList<DeclinedPair> Declined)
{
    public int FreeSeats => Mentors.Sum(m => m.RemainingCapacity);

    /// <param name="onlyMentees">For a re-match: the returned mentees; null for every unplaced mentee.</param>
    public static async Task<RoundPool?> LoadAsync(
        MatchingDbContext db, Guid programmeId, IReadOnlyCollection<Guid>? onlyMentees, CancellationToken cancellationToken)
    {
        // One snapshot for all the reads: a pair ending meanwhile must not be half seen (its declined
        // pair recorded but its seat still taken). Publication reads in its own read-committed
        // transaction instead, under its lock: only publications add load, so what it may half see
        // is a seat freed a moment ago, never one taken.
        if (db.Database.CurrentTransaction is not null)
            return await ReadAsync(db, programmeId, onlyMentees, cancellationToken);
        await using var snapshot = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        var pool = await ReadAsync(db, programmeId, onlyMentees, cancellationToken);
        await snapshot.CommitAsync(cancellationToken);
        return pool;
    }

    private static async Task<RoundPool?> ReadAsync(
        MatchingDbContext db, Guid programmeId, IReadOnlyCollection<Guid>? onlyMentees, CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.AsNoTracking().FirstOrDefaultAsync(p => p.Id == programmeId, cancellationToken);
        if (programme is null)
            return null;

        var participants = await db.Participants.AsNoTracking()
            .Where(p => p.ProgrammeId == programmeId && p.WithdrawnAt == null)
            .ToListAsync(cancellationToken);
        var placements = await db.Placements.AsNoTracking()
            .Where(p => p.ProgrammeId == programmeId && (p.Status == PlacementStatus.Proposed || p.Status == PlacementStatus.Closed))
            .Select(p => new { p.MenteeId, p.MentorId, p.Status })
            .ToListAsync(cancellationToken);
        var placedMentees = placements.Select(p => p.MenteeId).ToHashSet();
        var seatsTaken = placements
            .Where(p => p.Status == PlacementStatus.Proposed)
            .GroupBy(p => p.MentorId)
            .ToDictionary(g => g.Key, g => g.Count());

        var mentees = Latest(participants, ParticipantRole.Mentee)
            .Where(p => !placedMentees.Contains(p.PersonId) && (onlyMentees is null || onlyMentees.Contains(p.PersonId)))
            .Select(p => new Mentee(p.PersonId, p.Profile))
            .ToList();
        var latestMentors = Latest(participants, ParticipantRole.Mentor).ToList();
        var global = await GlobalMentorLoad.ReadAsync(db, [.. latestMentors.Select(p => p.PersonId)], cancellationToken);
        var mentors = latestMentors
            .Select(p => (Participant: p, Limit: global.GetValueOrDefault(p.PersonId)))
            .Select(m => new Mentor(m.Participant.PersonId, m.Participant.Profile, m.Participant.Capacity,
                seatsTaken.GetValueOrDefault(m.Participant.PersonId), m.Limit?.Cap, m.Limit?.Load ?? 0))
            .ToList();

        var appreciations = await db.Appreciations.AsNoTracking()
            .Where(a => a.ProgrammeId == programmeId && a.EndedAt == null)
            .ToListAsync(cancellationToken);
        var declined = await db.DeclinedPairs.AsNoTracking()
            .Where(d => d.ProgrammeId == programmeId)
            .Select(d => new DeclinedPair(d.MenteeId, d.MentorId))
            .ToListAsync(cancellationToken);

        return new RoundPool(programme.Weights, mentees, mentors, [.. appreciations.Select(a => a.ToEngine())], declined);
    }

    /// <summary>One entry per person and role: the latest approval, if someone re-applied after withdrawing.</summary>
    private static IEnumerable<Participant> Latest(IEnumerable<Participant> participants, ParticipantRole role) =>
        participants.Where(p => p.Role == role)
            .GroupBy(p => p.PersonId)
            .Select(g => g.MaxBy(p => p.ApprovedAt)!);
}
