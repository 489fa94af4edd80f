using System.Net;
using Mentorship.Messaging.Apis.Models;
using Mentorship.Messaging.Contracts;
using Mentorship.Messaging.Domain.Threads;
using Mentorship.ServiceDefaults.Identity;
using Mentorship.Testing;

namespace Mentorship.Messaging.Tests.Integration;

public sealed class ThreadsApiTests(MessagingFactory factory) : IClassFixture<MessagingFactory>
{
    [Fact]
    public async Task Members_write_and_read_their_thread_newest_first_and_each_post_tells_monitoring_only_ids()
    {
        var pair = await PairScenario.New(factory).OpenAsync();
        var mentee = pair.Client(pair.Mentee);
        var mentor = pair.Client(pair.Mentor);

        var first = await (await mentee.PostJsonAsync(pair.Messages, new { text = "  Hello! When can we meet?  " }))
            .ReadAsync<MessageView>(HttpStatusCode.Created);
        await (await mentor.PostJsonAsync(pair.Messages, new { text = "Tuesday at 10?" })).ReadAsync<MessageView>(HttpStatusCode.Created);
        await (await mentee.PostJsonAsync(pair.Messages, new { text = "Perfect." })).ReadAsync<MessageView>(HttpStatusCode.Created);

        Assert.Equal("Hello! When can we meet?", first.Text);
        Assert.Equal(pair.Mentee.PersonId, first.SenderId);
        var page = await (await mentor.GetAsync($"{pair.Messages}?page=1&pageSize=2")).ReadAsync<MessagePage>();
        Assert.Equal(3, page.Total);
        Assert.False(page.ReadOnly);
        Assert.Equal(["Perfect.", "Tuesday at 10?"], page.Items.Select(m => m.Text));
        var last = await (await mentee.GetAsync($"{pair.Messages}?page=2&pageSize=2")).ReadAsync<MessagePage>();
        Assert.Equal(["Hello! When can we meet?"], last.Items.Select(m => m.Text));

        var posted = (await factory.PublishedAsync<MessagePosted>()).Where(e => e.PairId == pair.PairId).ToList();
        Assert.Equal(3, posted.Count);
        Assert.Contains(posted, e => e.MessageId == first.Id && e.SenderId == pair.Mentee.PersonId && e.PostedAt == first.PostedAt);
    }

    [Fact]
    public async Task Coordinators_are_refused_the_thread_because_it_is_confidential()
    {
        var pair = await PairScenario.New(factory).OpenAsync();
        var coordinator = pair.Client(TestUser.Coordinator(pair.ProgrammeId));

        var read = await coordinator.GetAsync(pair.Messages);
        var write = await coordinator.PostJsonAsync(pair.Messages, new { text = "Checking in" });
        var members = await coordinator.GetAsync($"/api/pairs/{pair.PairId}/thread");

        Assert.Contains("confidential", (await read.ProblemAsync(HttpStatusCode.Forbidden)).Detail());
        Assert.Contains("confidential", (await write.ProblemAsync(HttpStatusCode.Forbidden)).Detail());
        await members.ExpectAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task People_outside_the_pair_are_refused_and_unknown_pairs_are_not_found()
    {
        var pair = await PairScenario.New(factory).OpenAsync();
        var stranger = pair.Client(TestUser.Mentee());
        var unknown = Guid.NewGuid();

        await (await stranger.GetAsync(pair.Messages)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await stranger.PostJsonAsync(pair.Messages, new { text = "Hi" })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await pair.Client(TestUser.Referent(pair.ProgrammeId)).GetAsync(pair.Messages)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await stranger.GetAsync($"/api/pairs/{unknown}/messages")).ProblemAsync(HttpStatusCode.NotFound);
        await (await pair.Client(pair.Mentee).PostJsonAsync($"/api/pairs/{unknown}/messages", new { text = "Hi" }))
            .ProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("   ")]
    [InlineData(null)]
    public async Task An_empty_message_is_refused_naming_the_text_field(string? text)
    {
        var pair = await PairScenario.New(factory).OpenAsync();

        var response = await pair.Client(pair.Mentee).PostJsonAsync(pair.Messages, new { text });

        Assert.Equal(["text"], (await response.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
    }

    [Fact]
    public async Task A_message_over_4000_characters_is_refused()
    {
        var pair = await PairScenario.New(factory).OpenAsync();

        var response = await pair.Client(pair.Mentor).PostJsonAsync(pair.Messages, new { text = new string('x', 4001) });

        Assert.Equal(["text"], (await response.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
    }

    [Fact]
    public async Task A_member_invites_the_referent_who_then_reads_and_writes_without_counting_as_pair_contact()
    {
        var pair = await PairScenario.New(factory).OpenAsync();
        var referent = await pair.RosterReferentAsync();
        var invitations = $"/api/pairs/{pair.PairId}/thread/invitations";
        await (await pair.Client(pair.Mentee).PostJsonAsync(pair.Messages, new { text = "Before the referent joins" }))
            .ExpectAsync(HttpStatusCode.Created);

        var invited = await (await pair.Client(pair.Mentee).PostJsonAsync(invitations, new { personId = referent.PersonId }))
            .ReadAsync<ThreadView>(HttpStatusCode.Created);
        var again = await (await pair.Client(pair.Mentor).PostJsonAsync(invitations, new { personId = referent.PersonId }))
            .ReadAsync<ThreadView>();

        var guest = Assert.Single(invited.Members, m => m.Role == ThreadRole.Guest);
        Assert.Equal((referent.PersonId, (Guid?)pair.Mentee.PersonId), (guest.PersonId, guest.InvitedBy));
        Assert.Equal(3, again.Members.Count);
        Assert.Equal(pair.Mentee.PersonId, again.Members.Single(m => m.Role == ThreadRole.Guest).InvitedBy);

        var referentClient = pair.Client(referent);
        var history = await (await referentClient.GetAsync(pair.Messages)).ReadAsync<MessagePage>();
        Assert.Equal(["Before the referent joins"], history.Items.Select(m => m.Text));
        var note = await (await referentClient.PostJsonAsync(pair.Messages, new { text = "Happy to help you both." }))
            .ReadAsync<MessageView>(HttpStatusCode.Created);
        var posted = await factory.PublishedAsync<MessagePosted>();
        Assert.DoesNotContain(posted, e => e.MessageId == note.Id);
        Assert.Single(posted, e => e.PairId == pair.PairId);
    }

    [Fact]
    public async Task Invitations_are_refused_to_outsiders_for_pair_members_and_for_anyone_but_a_referent_of_the_programme()
    {
        var pair = await PairScenario.New(factory).OpenAsync();
        var invitations = $"/api/pairs/{pair.PairId}/thread/invitations";
        var referent = TestUser.Referent(pair.ProgrammeId);
        var elsewhere = await PairScenario.New(factory).RosterReferentAsync();
        foreach (var notOnRoster in new[] { referent, TestUser.Coordinator(pair.ProgrammeId), elsewhere })
        {
            var refused = await pair.Client(pair.Mentee).PostJsonAsync(invitations, new { personId = notOnRoster.PersonId });
            Assert.Equal(["personId"], (await refused.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
        }

        await (await pair.Client(TestUser.Coordinator(pair.ProgrammeId)).PostJsonAsync(invitations, new { personId = referent.PersonId }))
            .ProblemAsync(HttpStatusCode.Forbidden);
        await (await pair.Client(referent).PostJsonAsync(invitations, new { personId = referent.PersonId }))
            .ProblemAsync(HttpStatusCode.Forbidden);
        await (await pair.Client(pair.Mentee).PostJsonAsync(invitations, new { personId = pair.Mentor.PersonId }))
            .ProblemAsync(HttpStatusCode.Conflict);
        var missing = await pair.Client(pair.Mentee).PostJsonAsync(invitations, new { });
        Assert.Equal(["personId"], (await missing.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
        await (await pair.Client(pair.Mentee).PostJsonAsync($"/api/pairs/{Guid.NewGuid()}/thread/invitations", new { personId = referent.PersonId }))
            .ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_invited_referent_whose_token_no_longer_holds_the_role_cannot_read()
    {
        var pair = await PairScenario.New(factory).OpenAsync();
        var referent = await pair.RosterReferentAsync();
        var revoked = referent with { Roles = [PlatformRoles.Coordinator] };

        await (await pair.Client(pair.Mentor).PostJsonAsync($"/api/pairs/{pair.PairId}/thread/invitations", new { personId = referent.PersonId }))
            .ExpectAsync(HttpStatusCode.Created);

        Assert.Contains("confidential", (await (await pair.Client(revoked).GetAsync(pair.Messages)).ProblemAsync(HttpStatusCode.Forbidden)).Detail());
    }
}
