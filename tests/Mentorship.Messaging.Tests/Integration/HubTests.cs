using System.Net;
using Mentorship.Messaging.Hubs;
using Mentorship.Testing;

namespace Mentorship.Messaging.Tests.Integration;

public sealed class HubTests(MessagingFactory factory) : IClassFixture<MessagingFactory>
{
    [Fact]
    public async Task A_member_connected_to_the_hub_receives_the_other_members_new_message()
    {
        var pair = await PairScenario.New(factory).OpenAsync();
        await using var mentee = await HubClient.ConnectAsync(factory.Server, pair.Mentee);

        await (await pair.Client(pair.Mentor).PostJsonAsync(pair.Messages, new { text = "Are you free on Friday?" }))
            .ExpectAsync(HttpStatusCode.Created);

        var message = await mentee.NextCallAsync(MessagingHub.MessageEvent, m => m.GetProperty("pairId").GetGuid() == pair.PairId);
        Assert.Equal("Are you free on Friday?", message.GetProperty("text").GetString());
        Assert.Equal(pair.Mentor.PersonId, message.GetProperty("senderId").GetGuid());
    }

    [Fact]
    public async Task A_notification_created_by_an_event_reaches_the_recipients_connection()
    {
        var pair = PairScenario.New(factory);
        await using var mentor = await HubClient.ConnectAsync(factory.Server, pair.Mentor);

        await factory.PublishAsync(pair.Proposed);

        var notification = await pair.NotificationAtAsync(mentor);
        Assert.Equal("mentee-proposed", notification.GetProperty("kind").GetString());
        Assert.Equal("A mentee is proposed to you", notification.GetProperty("title").GetString());
    }

    [Fact]
    public async Task The_unread_count_of_notifications_follows_live_as_they_arrive_and_are_read()
    {
        var pair = await PairScenario.New(factory).OpenAsync();
        await using var mentee = await HubClient.ConnectAsync(factory.Server, pair.Mentee);

        await factory.PublishAsync(pair.Accepted);
        await pair.NotificationAtAsync(mentee);
        Assert.Equal(1, (await mentee.NextCallAsync(MessagingHub.UnreadNotificationsEvent)).GetProperty("unread").GetInt32());

        // The id from this service's database: other test hosts on the same broker and backplane push their own copy.
        var stored = Assert.Single(await pair.NotificationsAsync(pair.Mentee, Mentorship.Messaging.Domain.Notifications.NotificationKind.MentorAccepted));
        var read = await (await factory.CreateClient(pair.Mentee).PostAsync($"/api/me/notifications/{stored.Id}/read", null))
            .ReadAsync<Mentorship.Messaging.Apis.Models.NotificationView>();
        Assert.True(read.Read);
        Assert.Equal(0, (await mentee.NextCallAsync(MessagingHub.UnreadNotificationsEvent, c => c.GetProperty("unread").GetInt32() == 0))
            .GetProperty("unread").GetInt32());
    }

    [Fact]
    public async Task A_notification_to_a_programme_s_staff_reaches_its_coordinators_connections_only()
    {
        var pair = PairScenario.New(factory);
        await using var coordinator = await HubClient.ConnectAsync(factory.Server, TestUser.Coordinator(pair.ProgrammeId));

        await factory.PublishAsync(new Mentorship.Pairing.Contracts.PairAlertRaised(Guid.NewGuid(), pair.PairId, pair.ProgrammeId,
            Mentorship.Pairing.Contracts.AlertKinds.ContractUnsigned, 2, [new("coordinators", null)], DateTimeOffset.UtcNow));

        var told = await pair.NotificationAtAsync(coordinator);
        Assert.Equal(("alert-contract-unsigned", pair.ProgrammeId), (told.GetProperty("kind").GetString(), told.GetProperty("staffProgrammeId").GetGuid()));
    }

    [Fact]
    public async Task A_thread_opened_after_connecting_is_joined_by_its_member_and_refused_to_a_coordinator()
    {
        var pair = PairScenario.New(factory);
        await using var mentee = await HubClient.ConnectAsync(factory.Server, pair.Mentee);
        await using var coordinator = await HubClient.ConnectAsync(factory.Server, TestUser.Coordinator(pair.ProgrammeId));
        await pair.OpenAsync();

        Assert.Null(await mentee.InvokeAsync("JoinPair", pair.PairId));
        var refusal = await coordinator.InvokeAsync("JoinPair", pair.PairId);
        await (await pair.Client(pair.Mentor).PostJsonAsync(pair.Messages, new { text = "Welcome!" })).ExpectAsync(HttpStatusCode.Created);

        Assert.Contains("confidential", refusal);
        var message = await mentee.NextCallAsync(MessagingHub.MessageEvent, m => m.GetProperty("pairId").GetGuid() == pair.PairId);
        Assert.Equal("Welcome!", message.GetProperty("text").GetString());
    }

    [Fact]
    public async Task The_hub_refuses_connections_without_a_token()
    {
        var response = await factory.CreateClient().PostAsync($"{MessagingHub.Path}/negotiate?negotiateVersion=1", null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
