using MassTransit;
using Mentorship.Enrollment.Contracts;
using Mentorship.Matching.Data;
using Mentorship.Matching.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.Matching.Tests.Integration;

public sealed class PoolConsumersTests(MatchingFactory factory) : IClassFixture<MatchingFactory>
{
    [Fact]
    public async Task An_approval_delivered_twice_adds_one_participant()
    {
        var programme = Guid.NewGuid();
        var approved = new ApplicationApproved(Guid.NewGuid(), programme, Guid.NewGuid(), "mentor", "nl", Cohort.Profile("health", 3), DateTimeOffset.UtcNow);
        var messageId = NewId.NextGuid();
        var bus = factory.Services.GetRequiredService<IBus>();

        await bus.Publish(approved, context => context.MessageId = messageId);
        await bus.Publish(approved, context => context.MessageId = messageId);
        await bus.Publish(approved);

        await MatchingFactory.EventuallyAsync(() => factory.QueryAsync<MatchingDbContext, object?>(async db =>
            await db.Set<ServiceDefaults.Backend.Outbox.InboxMessage>().CountAsync(m => m.MessageId == messageId) == 1 ? true : null));
        var participants = await factory.QueryAsync<MatchingDbContext, List<Participant>>(db =>
            db.Participants.Where(p => p.ProgrammeId == programme).ToListAsync());
        var participant = Assert.Single(participants);
        Assert.Equal(3, participant.Capacity);
        Assert.Equal(["fr"], participant.Profile.Languages);
    }

    [Fact]
    public async Task Approvals_arriving_together_each_join_the_pool_once()
    {
        var programme = Guid.NewGuid();
        var approvals = Enumerable.Range(0, 30).Select(i => new ApplicationApproved(
            Guid.NewGuid(), programme, Guid.NewGuid(), i % 3 == 0 ? "mentor" : "mentee", "fr", Cohort.Profile("health", 2), DateTimeOffset.UtcNow)).ToList();

        // Published at once, so the inbox hands several of them to the consumer in one batch.
        await Task.WhenAll(approvals.Select(factory.PublishAsync));

        var participants = await MatchingFactory.EventuallyAsync(() => factory.QueryAsync<MatchingDbContext, List<Participant>?>(async db =>
        {
            var found = await db.Participants.Where(p => p.ProgrammeId == programme).ToListAsync();
            return found.Count == approvals.Count ? found : null;
        }));
        Assert.Equal(approvals.Select(a => a.ApplicationId).Order(), participants.Select(p => p.ApplicationId).Order());
        Assert.Equal(10, participants.Count(p => p.Role == ParticipantRole.Mentor));
        Assert.All(participants, p => Assert.Equal(2, p.Capacity));
    }

    [Fact]
    public async Task A_withdrawal_that_overtakes_its_approval_keeps_the_applicant_out()
    {
        var programme = Guid.NewGuid();
        var application = Guid.NewGuid();
        var person = Guid.NewGuid();

        await factory.PublishAsync(new ApplicationWithdrawn(application, programme, person, "mentee", DateTimeOffset.UtcNow));
        await MatchingFactory.EventuallyAsync(() => factory.QueryAsync<MatchingDbContext, object?>(async db =>
            await db.Participants.AnyAsync(p => p.ApplicationId == application) ? true : null));
        await factory.PublishAsync(new ApplicationApproved(application, programme, person, "mentee", "fr", Cohort.Profile("health", 1), DateTimeOffset.UtcNow));
        await MatchingFactory.EventuallyAsync(() => factory.QueryAsync<MatchingDbContext, object?>(async db =>
            await db.Programmes.AnyAsync(p => p.Id == programme) ? true : null));

        var participant = await factory.QueryAsync<MatchingDbContext, Participant>(db => db.Participants.SingleAsync(p => p.ApplicationId == application));
        Assert.False(participant.Available);
        Assert.Equal("health", Assert.Single(participant.Profile.Sectors));
    }
}
