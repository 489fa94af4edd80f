using System.Net;
using Mentorship.Messaging.Apis.Models;
using Mentorship.Messaging.Caching;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Mentorship.Messaging.Tests.Integration;

public sealed class UnreadTests(MessagingFactory factory) : IClassFixture<MessagingFactory>
{
    private IDatabase Redis => factory.Services.GetRequiredService<IConnectionMultiplexer>().GetDatabase();

    [Fact]
    public async Task Messages_count_as_unread_for_the_other_member_until_they_read_the_thread()
    {
        var pair = await PairScenario.New(factory).OpenAsync();
        var other = await (PairScenario.New(factory) with { Mentor = pair.Mentor }).OpenAsync();
        var mentor = pair.Client(pair.Mentor);
        await (await mentor.GetAsync("/api/me/unread")).ReadAsync<UnreadView>();

        await (await pair.Client(pair.Mentee).PostJsonAsync(pair.Messages, new { text = "One" })).ExpectAsync(HttpStatusCode.Created);
        await (await pair.Client(pair.Mentee).PostJsonAsync(pair.Messages, new { text = "Two" })).ExpectAsync(HttpStatusCode.Created);
        await (await other.Client(other.Mentee).PostJsonAsync(other.Messages, new { text = "Hello" })).ExpectAsync(HttpStatusCode.Created);
        await (await mentor.PostJsonAsync(pair.Messages, new { text = "My own message is not unread for me" })).ExpectAsync(HttpStatusCode.Created);

        var before = await (await mentor.GetAsync("/api/me/unread")).ReadAsync<UnreadView>();
        Assert.Equal(3, before.Total);
        Assert.Equal([new PairUnread(pair.PairId, 2), new PairUnread(other.PairId, 1)], before.Pairs);
        Assert.Equal(2, (long)await Redis.HashGetAsync(UnreadCounters.KeyOf(pair.Mentor.PersonId), pair.PairId.ToString()));

        await (await mentor.GetAsync(pair.Messages)).ExpectAsync(HttpStatusCode.OK);

        var after = await (await mentor.GetAsync("/api/me/unread")).ReadAsync<UnreadView>();
        Assert.Equal(1, after.Total);
        Assert.Equal([new PairUnread(other.PairId, 1)], after.Pairs);
        var mentee = await (await pair.Client(pair.Mentee).GetAsync("/api/me/unread")).ReadAsync<UnreadView>();
        Assert.Equal([new PairUnread(pair.PairId, 1)], mentee.Pairs);
    }

    [Fact]
    public async Task Counts_missing_from_redis_are_rebuilt_from_the_read_markers_and_seeded_again()
    {
        var pair = await PairScenario.New(factory).OpenAsync();
        await (await pair.Client(pair.Mentee).PostJsonAsync(pair.Messages, new { text = "One" })).ExpectAsync(HttpStatusCode.Created);
        await (await pair.Client(pair.Mentee).PostJsonAsync(pair.Messages, new { text = "Two" })).ExpectAsync(HttpStatusCode.Created);
        var key = UnreadCounters.KeyOf(pair.Mentor.PersonId);
        await Redis.KeyDeleteAsync(key);

        var rebuilt = await (await pair.Client(pair.Mentor).GetAsync("/api/me/unread")).ReadAsync<UnreadView>();

        Assert.Equal([new PairUnread(pair.PairId, 2)], rebuilt.Pairs);
        Assert.Equal(2, (long)await Redis.HashGetAsync(key, pair.PairId.ToString()));
        Assert.NotNull(await Redis.KeyTimeToLiveAsync(key));
    }

    [Fact]
    public async Task A_person_with_no_threads_has_nothing_unread()
    {
        var pair = PairScenario.New(factory);

        var unread = await (await pair.Client(pair.Mentee).GetAsync("/api/me/unread")).ReadAsync<UnreadView>();

        Assert.Equal(0, unread.Total);
        Assert.Empty(unread.Pairs);
    }
}
