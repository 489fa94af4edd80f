using System.Net;
using Mentorship.Messaging.Hubs;
using Mentorship.Testing;

namespace Mentorship.Messaging.Tests.Integration;

/// <summary>
/// Two replicas of Messaging on one database, broker and Redis: a person connected to one replica gets
/// what the other sends, through the SignalR Redis backplane.
/// </summary>
public sealed class HubReplicasTests : IAsyncLifetime
{
    private readonly MessagingFactory _first = new();
    private MessagingFactory _second = null!;

    public async Task InitializeAsync()
    {
        await _first.InitializeAsync();
        _second = new MessagingFactory { ReplicaOf = _first };
        await _second.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _second.DisposeAsync();
        await _first.DisposeAsync();
    }

    [Fact]
    public async Task A_message_posted_through_one_replica_reaches_the_member_connected_to_the_other()
    {
        var pair = await PairScenario.New(_first).OpenAsync();
        await using var mentee = await HubClient.ConnectAsync(_first.Server, pair.Mentee);
        await using var mentor = await HubClient.ConnectAsync(_second.Server, pair.Mentor);

        await (await _second.CreateClient(pair.Mentor).PostJsonAsync(pair.Messages, new { text = "Sent to the second replica" }))
            .ExpectAsync(HttpStatusCode.Created);
        await (await _first.CreateClient(pair.Mentee).PostJsonAsync(pair.Messages, new { text = "Sent to the first replica" }))
            .ExpectAsync(HttpStatusCode.Created);

        var atFirst = await mentee.NextCallAsync(MessagingHub.MessageEvent, m => m.GetProperty("senderId").GetGuid() == pair.Mentor.PersonId);
        var atSecond = await mentor.NextCallAsync(MessagingHub.MessageEvent, m => m.GetProperty("senderId").GetGuid() == pair.Mentee.PersonId);
        Assert.Equal("Sent to the second replica", atFirst.GetProperty("text").GetString());
        Assert.Equal("Sent to the first replica", atSecond.GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_notification_pushed_by_either_replica_reaches_the_recipients_connections_on_both()
    {
        var pair = PairScenario.New(_first);
        await using var onFirst = await HubClient.ConnectAsync(_first.Server, pair.Mentor);
        await using var onSecond = await HubClient.ConnectAsync(_second.Server, pair.Mentor);

        // Whichever replica's pusher claims the notification, one of the two connections is on the other.
        await _second.PublishAsync(pair.Proposed);

        var notifications = await Task.WhenAll(pair.NotificationAtAsync(onFirst), pair.NotificationAtAsync(onSecond));
        Assert.All(notifications, n => Assert.Equal("mentee-proposed", n.GetProperty("kind").GetString()));
    }
}
