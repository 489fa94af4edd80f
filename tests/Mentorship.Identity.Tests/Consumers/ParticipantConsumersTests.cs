using MassTransit;
using Mentorship.Enrollment.Contracts;
using Mentorship.Identity.Consumers;
using Mentorship.Identity.Tests.Support;
using Mentorship.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.Identity.Tests.Consumers;

public sealed class ParticipantConsumersTests(IdentityFactory identity) : IClassFixture<IdentityFactory>
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_batch_records_each_person_once_from_their_earliest_event()
    {
        var programme = Guid.NewGuid();
        var (ann, bob) = (Guid.NewGuid(), Guid.NewGuid());
        var alreadyKnown = Guid.NewGuid();
        await ApplyBatchAsync(Submitted(programme, alreadyKnown, Monday));

        await ApplyBatchAsync(
            Submitted(programme, ann, Monday.AddHours(2)), Submitted(programme, bob, Monday.AddHours(1)), Submitted(programme, ann, Monday.AddHours(1)),
            Submitted(programme, alreadyKnown, Monday.AddDays(-1)));

        var since = await identity.QueryAsync(db => db.ProgrammeParticipants.Where(p => p.ProgrammeId == programme).ToDictionaryAsync(p => p.PersonId, p => p.Since));
        Assert.Equal(3, since.Count);
        Assert.Equal(Monday.AddHours(1), since[ann]);
        Assert.Equal(Monday.AddHours(1), since[bob]);
        // A row already there is kept as it was: the first event to arrive recorded it.
        Assert.Equal(Monday, since[alreadyKnown]);
    }

    [Fact]
    public async Task Submissions_and_approvals_published_together_each_record_their_participant()
    {
        var programme = Guid.NewGuid();
        var people = Enumerable.Range(0, 40).Select(_ => Guid.NewGuid()).ToList();
        var profile = new MatchingProfile("BE-BRU", [], null, [], null, ["fr"], [], [], 1, []);
        var bus = identity.Services.GetRequiredService<IBus>();

        // Published at once, so the inbox hands several to each consumer in one batch; half the people are approved too.
        await Task.WhenAll([
            .. people.Select(person => bus.Publish(Submitted(programme, person, Monday))),
            .. people.Take(20).Select(person => bus.Publish(new ApplicationApproved(Guid.NewGuid(), programme, person, "mentee", "fr", profile, Monday.AddDays(1)))),
        ]);

        var recorded = await Eventually.Get(
            async () =>
            {
                var rows = await identity.QueryAsync(db => db.ProgrammeParticipants.Where(p => p.ProgrammeId == programme).Select(p => p.PersonId).ToListAsync());
                return rows.Count >= people.Count ? rows : null;
            },
            "every participant recorded",
            30);
        Assert.Equal(people.Order(), recorded.Order());
    }

    /// <summary>What the inbox does with a batch: the consumer applies it in one scope.</summary>
    private Task<bool> ApplyBatchAsync(params ApplicationSubmitted[] batch) =>
        identity.QueryAsync(async db =>
        {
            await new ApplicationSubmittedConsumer(db).ApplyAsync(batch, CancellationToken.None);
            return true;
        });

    private static ApplicationSubmitted Submitted(Guid programme, Guid person, DateTimeOffset at) => new(Guid.NewGuid(), programme, person, at);
}
