using Mentorship.Messaging.Data;
using Mentorship.Messaging.Domain.Notifications;
using Mentorship.Pairing.Data;
using Mentorship.ServiceDefaults.Backend.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Matching.PublicationBench;

/// <summary>
/// What one publication left in Pairing and Messaging, once the consumers are done: pairs, notifications
/// (and the pairs they are about), threads and mails of the run, and each consumer's inbox records of the
/// run's message ids (one per event applied: fewer is an event lost, more cannot be).
/// </summary>
public sealed record PublicationCounts(int Pairs, int PairingInbox, int Notifications, int NotifiedPairs, int Threads, int Mails, int MessagingInbox)
{
    public static async Task<PublicationCounts> ReadAsync(BenchServices services, Guid roundId, Guid programmeId, IReadOnlyList<Guid> messageIds)
    {
        var (pairs, pairingInbox) = await services.Pairing.QueryAsync<PairingDbContext, (int, int)>(async db =>
            (await db.Pairs.CountAsync(p => p.RoundId == roundId), await InboxOfAsync(db, messageIds)));
        return await services.Messaging.QueryAsync<MessagingDbContext, PublicationCounts>(async db =>
        {
            var notifications = db.Notifications.Where(n => n.ProgrammeId == programmeId && n.Kind == NotificationKind.MenteeProposed);
            return new PublicationCounts(
                pairs,
                pairingInbox,
                await notifications.CountAsync(),
                await notifications.Select(n => n.PairId).Distinct().CountAsync(),
                await db.Threads.CountAsync(t => t.ProgrammeId == programmeId),
                await db.OutgoingMails.CountAsync(m => m.ProgrammeId == programmeId && m.Kind == NotificationKind.MenteeProposed),
                await InboxOfAsync(db, messageIds));
        });
    }

    /// <summary>The run's messages this service's MatchProposed consumer applied, whichever way they came (published or sent).</summary>
    private static Task<int> InboxOfAsync(DbContext db, IReadOnlyList<Guid> messageIds) =>
        db.Set<InboxMessage>().CountAsync(m => messageIds.Contains(m.MessageId) && m.Consumer.EndsWith("match-proposed"));
}
