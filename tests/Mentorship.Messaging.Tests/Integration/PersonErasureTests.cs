using Mentorship.Enrollment.Contracts;
using Mentorship.Messaging.Caching;
using Mentorship.ServiceDefaults.Hosting;
using Mentorship.Testing;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Mentorship.Messaging.Tests.Integration;

public sealed class PersonErasureTests(MessagingFactory factory) : IClassFixture<MessagingFactory>
{
    [Fact]
    public async Task The_export_shows_the_participant_and_an_erasure_delivered_twice_clears_the_database_and_redis_and_confirms_once()
    {
        var programme = Guid.NewGuid();
        var person = TestUser.Mentee();
        await factory.PublishAsync(new ApplicationApproved(
            Guid.NewGuid(), programme, person.PersonId, "mentee", "fr",
            new MatchingProfile(null, [], null, [], 30, ["fr"], [], [], 1, []), DateTimeOffset.UtcNow));
        await factory.Services.GetRequiredService<UnreadCounters>().SeedAsync(person.PersonId, new Dictionary<Guid, long> { [Guid.NewGuid()] = 2 });
        var redis = factory.Services.GetRequiredService<IConnectionMultiplexer>().GetDatabase();

        var participants = await factory.AssertExportedAsync(person, programme, "programme_participants");

        Assert.Equal(programme, participants[0].GetProperty("programme_id").GetGuid());
        Assert.True(await redis.KeyExistsAsync(UnreadCounters.KeyOf(person.PersonId)));
        await factory.AssertErasedOnceAsync(person.PersonId, ResourceNames.Messaging);
        Assert.False(await redis.KeyExistsAsync(UnreadCounters.KeyOf(person.PersonId)));
    }
}
