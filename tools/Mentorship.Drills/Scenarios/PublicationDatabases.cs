using Mentorship.Drills.Platform;
using Mentorship.Load.Running;
using Mentorship.Matching.Contracts;
using Mentorship.Matching.Data;
using Mentorship.Messaging.Data;
using Mentorship.Messaging.Domain.Notifications;
using Mentorship.Pairing.Data;
using Mentorship.ServiceDefaults.Backend.Outbox;
using Mentorship.ServiceDefaults.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Drills.Scenarios;

/// <summary>
/// The databases a round's publication goes through: the drill stores the MatchProposed events in
/// Matching's outbox as a publication does (one commit), then counts what Pairing and Messaging made of
/// them: one pair, one thread, one notification and one mail per proposal, one inbox record per event
/// and consumer.
/// </summary>
public sealed class PublicationDatabases(
    ServiceDatabase<MatchingDbContext> matching, ServiceDatabase<PairingDbContext> pairing, ServiceDatabase<MessagingDbContext> messaging)
{
    private const string MatchProposedQueue = "match-proposed";

    public static async Task<PublicationDatabases> OpenAsync(DrillPlatform platform) => new(
        await platform.DatabaseAsync<MatchingDbContext>(ResourceNames.MatchingDb, options => new MatchingDbContext(options)),
        await platform.DatabaseAsync<PairingDbContext>(ResourceNames.PairingDb, options => new PairingDbContext(options)),
        await platform.DatabaseAsync<MessagingDbContext>(ResourceNames.MessagingDb, options => new MessagingDbContext(options)));

    /// <summary>Stores the proposals of a new round for a new programme in Matching's outbox, in one commit; Matching's dispatcher finds them at its next poll.</summary>
    public Task<PublishedRound> PublishAsync(int proposals) => matching.QueryAsync(async db =>
    {
        var (roundId, programmeId, now) = (Guid.NewGuid(), Guid.NewGuid(), DateTimeOffset.UtcNow);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var i = 0; i < proposals; i++)
            db.AddEvent(new MatchProposed(Guid.CreateVersion7(now), roundId, programmeId, Guid.NewGuid(), Guid.NewGuid(), 0.5, now));
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync();
        return new PublishedRound(roundId, programmeId, [.. db.Set<OutboxMessage>().Local.Select(m => m.MessageId)]);
    });

    /// <summary>The round's events Matching's outbox has marked dispatched (committed).</summary>
    public Task<int> DispatchedAsync(PublishedRound round)
    {
        var ids = round.MessageIds.ToArray();
        return matching.QueryAsync(db => db.Set<OutboxMessage>().CountAsync(m => ids.Contains(m.MessageId) && m.DispatchedAt != null));
    }

    /// <summary>
    /// Whether Matching's dispatcher holds a batch: its transaction open after claiming rows, while it hands
    /// them to the broker and awaits the confirms, before it marks them and commits.
    /// </summary>
    public Task<bool> DispatcherHoldsBatchAsync() => matching.QueryAsync(db => db.Database.SqlQuery<bool>($"""
        SELECT EXISTS (SELECT 1 FROM pg_stat_activity
                       WHERE datname = current_database() AND state = 'idle in transaction'
                         AND query LIKE '%outbox_messages%SKIP LOCKED%') AS "Value"
        """).SingleAsync());

    public Task<int> PairsAsync(PublishedRound round) =>
        pairing.QueryAsync(db => db.Pairs.CountAsync(p => p.ProgrammeId == round.ProgrammeId));

    public Task<int> NotificationsAsync(PublishedRound round) =>
        messaging.QueryAsync(db => MentorNotifications(db, round).CountAsync());

    /// <summary>Everything the publication should have left, once each.</summary>
    public async Task<IReadOnlyList<DrillCount>> CountAsync(PublishedRound round)
    {
        var expected = round.Proposals;
        // An array: the provider sends it as one PostgreSQL array parameter.
        var ids = round.MessageIds.ToArray();
        var dispatched = await DispatchedAsync(round);
        var pairingCounts = await pairing.QueryAsync(async db => new[]
        {
            Keyed("pairs opened (Pairing), per pair id", expected, await db.Pairs.Where(p => p.ProgrammeId == round.ProgrammeId).Select(p => p.Id).ToListAsync()),
            await InboxCountAsync("MatchProposed applied by Pairing (inbox)", db, ids),
        });
        var messagingCounts = await messaging.QueryAsync(async db => new[]
        {
            Keyed("threads opened (Messaging), per pair", expected, await db.Threads.Where(t => t.ProgrammeId == round.ProgrammeId).Select(t => t.PairId).ToListAsync()),
            Keyed("mentors notified (Messaging), per pair", expected, await MentorNotifications(db, round).Select(n => n.PairId).ToListAsync()),
            Keyed("mails queued (Messaging), per notification", expected, await db.OutgoingMails
                .Where(m => m.ProgrammeId == round.ProgrammeId && m.Kind == NotificationKind.MenteeProposed).Select(m => m.NotificationId).ToListAsync()),
            await InboxCountAsync("MatchProposed applied by Messaging (inbox)", db, ids),
        });

        return [DrillCount.Of("MatchProposed dispatched by Matching's outbox", expected, dispatched, dispatched), .. pairingCounts, .. messagingCounts];
    }

    /// <summary>The consumer's inbox records of the run's events: one per event applied (the key is the event and the queue).</summary>
    private static async Task<DrillCount> InboxCountAsync(string what, DbContext db, Guid[] ids) =>
        Keyed(what, ids.Length, await db.Set<InboxMessage>().Where(m => ids.Contains(m.MessageId) && m.Consumer.EndsWith(MatchProposedQueue))
            .Select(m => m.MessageId).ToListAsync());

    /// <summary>Rows and their distinct keys from one read: while a consumer still works, two reads would disagree.</summary>
    private static DrillCount Keyed<TKey>(string what, int expected, List<TKey> keys) =>
        DrillCount.Of(what, expected, keys.Count, keys.Distinct().Count());

    private static IQueryable<Notification> MentorNotifications(MessagingDbContext db, PublishedRound round) =>
        db.Notifications.Where(n => n.ProgrammeId == round.ProgrammeId && n.Kind == NotificationKind.MenteeProposed);
}
