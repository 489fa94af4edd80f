using MassTransit;
using Mentorship.Matching.Contracts;
using Mentorship.Messaging.Data;
using Mentorship.Messaging.Domain.Mail;
using Mentorship.Messaging.Domain.Notifications;
using Mentorship.Messaging.Domain.Threads;
using Mentorship.ServiceDefaults.Backend.Data;
using Mentorship.ServiceDefaults.Backend.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Messaging.Consumers;

/// <summary>
/// Opens the pair's thread for its two members and tells the mentor a mentee is proposed to them. A round
/// publishes thousands at once: the inbox hands them over in batches, applied with one query per table
/// and the new rows copied (<see cref="AddedRowsCopy"/>).
/// </summary>
public sealed class MatchProposedConsumer(MessagingDbContext db, TimeProvider clock) : IConsumer<MatchProposed>, IBatchApplier<MatchProposed>
{
    public Task Consume(ConsumeContext<MatchProposed> context) => ApplyAsync([context.Message], context.CancellationToken);

    public async Task ApplyAsync(IReadOnlyList<MatchProposed> messages, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var pairIds = messages.Select(m => m.PairId).Distinct().ToList();
        var threads = await db.Threads.Where(t => pairIds.Contains(t.PairId)).ToDictionaryAsync(t => t.PairId, cancellationToken);
        var notifications = new List<Notification>();
        foreach (var proposed in messages)
        {
            if (!threads.TryGetValue(proposed.PairId, out var thread))
            {
                thread = PairThread.Open(proposed.PairId, proposed.ProgrammeId, proposed.MenteeId, proposed.MentorId, now);
                threads[proposed.PairId] = thread;
                db.Threads.Add(thread);
            }

            // A copy arriving after the pairing already ended is old news: nothing to decide any more.
            if (!thread.ReadOnly)
                notifications.Add(Notification.About(NotificationKind.MenteeProposed, proposed.MentorId, proposed.PairId, now,
                    programmeId: proposed.ProgrammeId, pairId: proposed.PairId));
        }

        await db.NotifyOnceAsync(notifications, cancellationToken);
        // A batch's rows go out by COPY, principals first; the mails stay with SaveChanges, whose
        // interceptor wakes the sender once they commit.
        if (messages.Count >= AddedRowsCopy.BatchThreshold)
        {
            await db.CopyAddedAsync<PairThread>(cancellationToken);
            await db.CopyAddedAsync<ThreadMember>(cancellationToken);
            await db.CopyAddedAsync<Notification>(cancellationToken);
            await db.CopyAddedAsync<UnsubscribeToken>(cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
