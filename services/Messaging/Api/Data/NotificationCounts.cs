using Microsoft.EntityFrameworkCore;

namespace Mentorship.Messaging.Data;

public static class NotificationCounts
{
    /// <summary>Each person's unread personal notifications (zero included), in one query.</summary>
    public static async Task<Dictionary<Guid, int>> UnreadNotificationCountsAsync(
        this MessagingDbContext db, IReadOnlyCollection<Guid> people, CancellationToken cancellationToken)
    {
        var counts = await db.Notifications.AsNoTracking()
            .Where(n => n.StaffProgrammeId == null && people.Contains(n.RecipientId) && n.ReadAt == null)
            .GroupBy(n => n.RecipientId)
            .Select(g => new { PersonId = g.Key, Unread = g.Count() })
            .ToDictionaryAsync(c => c.PersonId, c => c.Unread, cancellationToken);
        return people.ToDictionary(person => person, person => counts.GetValueOrDefault(person));
    }
}
