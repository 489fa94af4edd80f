using Mentorship.Matching.Data;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Matching.Domain;

/// <summary>
/// A mentor's limit across all programmes and the seats they hold in all of them. A mentor who
/// applied to several programmes may have given different limits; the smallest one holds.
/// </summary>
public sealed record GlobalMentorLoad(int Cap, int Load)
{
    /// <summary>The capped mentors among <paramref name="mentorIds"/>, with their load; the others have no global limit.</summary>
    public static async Task<Dictionary<Guid, GlobalMentorLoad>> ReadAsync(
        MatchingDbContext db, IReadOnlyCollection<Guid> mentorIds, CancellationToken cancellationToken)
    {
        var caps = await db.Participants.AsNoTracking()
            .Where(p => p.Role == ParticipantRole.Mentor && p.WithdrawnAt == null && p.GlobalCapacity != null
                        && mentorIds.Contains(p.PersonId))
            .GroupBy(p => p.PersonId)
            .Select(g => new { PersonId = g.Key, Cap = g.Min(p => p.GlobalCapacity!.Value) })
            .ToListAsync(cancellationToken);
        if (caps.Count == 0)
            return [];

        var capped = caps.Select(c => c.PersonId).ToList();
        var loads = await db.Placements.AsNoTracking()
            .Where(p => p.Status == PlacementStatus.Proposed && capped.Contains(p.MentorId))
            .GroupBy(p => p.MentorId)
            .Select(g => new { MentorId = g.Key, Load = g.Count() })
            .ToDictionaryAsync(l => l.MentorId, l => l.Load, cancellationToken);
        return caps.ToDictionary(c => c.PersonId, c => new GlobalMentorLoad(c.Cap, loads.GetValueOrDefault(c.PersonId)));
    }
}
