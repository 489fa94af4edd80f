using System.Net;
using Mentorship.Messaging.Apis.Models;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Mentorship.Messaging.Tests.Integration;

public sealed class RedisDownTests(MessagingWithoutRedisFactory factory) : IClassFixture<MessagingWithoutRedisFactory>
{
    [Fact]
    public async Task Without_redis_messages_are_still_posted_and_unread_counts_come_from_the_database()
    {
        var pair = await PairScenario.New(factory).OpenAsync();

        await (await pair.Client(pair.Mentee).PostJsonAsync(pair.Messages, new { text = "Redis is away today" }))
            .ExpectAsync(HttpStatusCode.Created);
        var unread = await (await pair.Client(pair.Mentor).GetAsync("/api/me/unread")).ReadAsync<UnreadView>();
        var page = await (await pair.Client(pair.Mentor).GetAsync(pair.Messages)).ReadAsync<MessagePage>();
        var afterReading = await (await pair.Client(pair.Mentor).GetAsync("/api/me/unread")).ReadAsync<UnreadView>();

        Assert.Equal([new PairUnread(pair.PairId, 1)], unread.Pairs);
        Assert.Equal(["Redis is away today"], page.Items.Select(m => m.Text));
        Assert.Equal(0, afterReading.Total);
    }

    [Fact]
    public async Task Without_redis_health_names_the_cache_as_what_fails()
    {
        var report = await factory.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.Equal(HealthStatus.Unhealthy, report.Entries["StackExchange.Redis"].Status);
        Assert.Equal(HealthStatus.Healthy, report.Entries["MessagingDbContext"].Status);
    }
}
