using Microsoft.EntityFrameworkCore;

namespace Mentorship.Messaging.Data;

/// <summary>Unread counts from the database's read markers: the truth Redis's fast counts are rebuilt from.</summary>
public static class UnreadQueries
{
    public static async Task<Dictionary<Guid, long>> UnreadByPairAsync(
        this MessagingDbContext db, Guid personId, CancellationToken cancellationToken)
    {
        var counts = await db.ThreadMembers.AsNoTracking()
            .Where(m => m.PersonId == personId)
            .Select(m => new
            {
                m.PairId,
                Unread = db.Messages.LongCount(x => x.PairId == m.PairId && x.Sequence > m.LastReadSequence && x.SenderId != personId),
            })
            .ToListAsync(cancellationToken);
        return counts.Where(c => c.Unread > 0).ToDictionary(c => c.PairId, c => c.Unread);
    }
}
