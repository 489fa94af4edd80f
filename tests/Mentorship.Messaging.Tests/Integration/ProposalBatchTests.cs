using Mentorship.Matching.Contracts;
using Mentorship.Messaging.Consumers;
using Mentorship.Messaging.Data;
using Mentorship.Messaging.Domain.Mail;
using Mentorship.Messaging.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.Messaging.Tests.Integration;

/// <summary>
/// A round's proposals reach Messaging in batches, whose new rows are copied rather than inserted one
/// by one: the rows must be the ones a single proposal writes, once each however often a batch comes.
/// </summary>
public sealed class ProposalBatchTests(MessagingFactory factory) : IClassFixture<MessagingFactory>
{
    [Fact]
    public async Task A_batch_of_proposals_opens_each_thread_and_notifies_each_mentor_once_and_coming_again_changes_nothing()
    {
        var programmeId = Guid.NewGuid();
        var roundId = Guid.NewGuid();
        var busyMentor = Guid.NewGuid();
        // Two mentees for one mentor: two notifications and mails, one unsubscribe link.
        var proposals = Enumerable.Range(0, 20)
            .Select(i => new MatchProposed(Guid.NewGuid(), roundId, programmeId, Guid.NewGuid(), i < 2 ? busyMentor : Guid.NewGuid(), 0.7, DateTimeOffset.UtcNow))
            .ToList();

        await ApplyAsync(proposals.Take(5).ToList());
        await ApplyAsync(proposals);
        await ApplyAsync(proposals);

        var pairIds = proposals.Select(p => p.PairId).ToList();
        var mentors = proposals.Select(p => p.MentorId).Distinct().ToList();
        var threads = await Count(db => db.Threads.CountAsync(t => pairIds.Contains(t.PairId)));
        var members = await Count(db => db.ThreadMembers.CountAsync(m => pairIds.Contains(m.PairId)));
        var notifications = await Count(db => db.Notifications.CountAsync(n => n.Kind == NotificationKind.MenteeProposed && pairIds.Contains(n.PairId!.Value)));
        var mails = await Count(db => db.OutgoingMails.CountAsync(m => m.ProgrammeId == programmeId && m.Kind == NotificationKind.MenteeProposed));
        var links = await Count(db => db.UnsubscribeTokens.CountAsync(t => mentors.Contains(t.PersonId)));
        Assert.Equal((20, 40, 20, 20, 19), (threads, members, notifications, mails, links));
        var toBusyMentor = await factory.QueryAsync<MessagingDbContext, List<Guid?>>(
            db => db.Notifications.Where(n => n.RecipientId == busyMentor).Select(n => n.PairId).ToListAsync());
        Assert.Equal(proposals.Take(2).Select(p => (Guid?)p.PairId).Order(), toBusyMentor.Order());
    }

    /// <summary>As the inbox applies a batch: in a transaction, by the consumer's own code.</summary>
    private async Task ApplyAsync(IReadOnlyList<MatchProposed> batch)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MessagingDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await scope.ServiceProvider.GetRequiredService<MatchProposedConsumer>().ApplyAsync(batch, CancellationToken.None);
        await transaction.CommitAsync();
    }

    private Task<int> Count(Func<MessagingDbContext, Task<int>> query) => factory.QueryAsync(query);
}
