using System.Net;
using Mentorship.Enrollment.Contracts;
using Mentorship.Messaging.Apis.Models;
using Mentorship.Messaging.Contracts;
using Mentorship.Messaging.Data;
using Mentorship.Messaging.Domain;
using Mentorship.Messaging.Domain.Concerns;
using Mentorship.Messaging.Domain.Notifications;
using Mentorship.ServiceDefaults.Http;
using Mentorship.Testing;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Messaging.Tests.Integration;

public sealed class ConcernsApiTests(MessagingFactory factory) : IClassFixture<MessagingFactory>
{
    private const string Concerns = "/api/concerns";

    private async Task<TestUser> ApprovedParticipantAsync(Guid programmeId)
    {
        var person = TestUser.Mentee();
        await factory.PublishAsync(new ApplicationApproved(
            Guid.NewGuid(), programmeId, person.PersonId, "mentee", "fr",
            new MatchingProfile(null, [], null, [], 30, ["fr"], [], [], 1, []), DateTimeOffset.UtcNow));
        await ServiceFactory<Program>.EventuallyAsync(() => factory.QueryAsync<MessagingDbContext, ProgrammeParticipant?>(
            db => db.ProgrammeParticipants.AsNoTracking().FirstOrDefaultAsync(p => p.ProgrammeId == programmeId && p.PersonId == person.PersonId)));
        return person;
    }

    [Fact]
    public async Task A_participant_raises_a_concern_that_only_the_programme_referents_see()
    {
        var programmeId = Guid.NewGuid();
        var participant = await ApprovedParticipantAsync(programmeId);
        var referent = TestUser.Referent(programmeId);

        var raised = await (await factory.CreateClient(participant).PostJsonAsync(Concerns,
            new { programmeId, category = "demotivation", text = "  I am losing motivation to continue.  " }))
            .ReadAsync<ConcernView>(HttpStatusCode.Created);

        Assert.Equal(("I am losing motivation to continue.", ConcernCategory.Demotivation, ConcernRoute.ProgrammeContact, ConcernStatus.Open),
            (raised.Text, raised.Category, raised.Route, raised.Status));
        var listed = await (await factory.CreateClient(referent).GetAsync($"/api/programmes/{programmeId}/concerns?status=open"))
            .ReadAsync<PagedResult<ConcernView>>();
        Assert.Equal([raised.Id], listed.Items.Select(c => c.Id));
        Assert.Equal(1, listed.Total);
        var mine = await (await factory.CreateClient(participant).GetAsync("/api/me/concerns")).ReadAsync<PagedResult<ConcernView>>();
        Assert.Equal([raised.Id], mine.Items.Select(c => c.Id));
        var published = Assert.Single(await factory.PublishedAsync<ConcernRaised>(), e => e.ConcernId == raised.Id);
        Assert.Equal((programmeId, (Guid?)null), (published.ProgrammeId, published.PairId));
    }

    [Fact]
    public async Task Coordinators_who_are_not_referents_and_other_programmes_referents_do_not_see_the_text()
    {
        var programmeId = Guid.NewGuid();
        var participant = await ApprovedParticipantAsync(programmeId);
        var raised = await (await factory.CreateClient(participant).PostJsonAsync(Concerns,
            new { programmeId, text = "Something happened that worries me." })).ReadAsync<ConcernView>(HttpStatusCode.Created);

        var coordinator = factory.CreateClient(TestUser.Coordinator(programmeId));
        var elsewhere = factory.CreateClient(TestUser.Referent(Guid.NewGuid()));

        Assert.Contains("confidential", (await (await coordinator.GetAsync($"/api/programmes/{programmeId}/concerns")).ProblemAsync(HttpStatusCode.Forbidden)).Detail());
        await (await coordinator.GetAsync($"{Concerns}/{raised.Id}")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await coordinator.PostAsync($"{Concerns}/{raised.Id}/acknowledge", null)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await elsewhere.GetAsync($"/api/programmes/{programmeId}/concerns")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await factory.CreateClient(TestUser.Ops()).GetAsync($"{Concerns}/{raised.Id}")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await factory.CreateClient(TestUser.Mentee()).GetAsync($"{Concerns}/{raised.Id}")).ProblemAsync(HttpStatusCode.Forbidden);
        var own = await (await factory.CreateClient(participant).GetAsync($"{Concerns}/{raised.Id}")).ReadAsync<ConcernView>();
        Assert.Equal(raised.Text, own.Text);
    }

    [Fact]
    public async Task A_referent_acknowledges_once_the_raiser_is_told_and_monitoring_hears_it_once()
    {
        var programmeId = Guid.NewGuid();
        var participant = await ApprovedParticipantAsync(programmeId);
        var raised = await (await factory.CreateClient(participant).PostJsonAsync(Concerns,
            new { programmeId, category = "well-being", text = "I do not feel well in this pair." })).ReadAsync<ConcernView>(HttpStatusCode.Created);
        var referent = factory.CreateClient(TestUser.Referent(programmeId));

        var acknowledged = await (await referent.PostAsync($"{Concerns}/{raised.Id}/acknowledge", null)).ReadAsync<ConcernView>();
        var again = await (await referent.PostAsync($"{Concerns}/{raised.Id}/acknowledge", null)).ReadAsync<ConcernView>();

        Assert.Equal(ConcernStatus.Acknowledged, acknowledged.Status);
        Assert.Equal(acknowledged.AcknowledgedAt, again.AcknowledgedAt);
        var notifications = await (await factory.CreateClient(participant).GetAsync("/api/me/notifications")).ReadAsync<NotificationPage>();
        var told = Assert.Single(notifications.Items);
        Assert.Equal((NotificationKind.ConcernAcknowledged, (Guid?)raised.Id, NotificationLanguage.Fr), (told.Kind, told.ConcernId, told.Language));
        var published = Assert.Single(await factory.PublishedAsync<ConcernAcknowledged>(), e => e.ConcernId == raised.Id);
        Assert.Equal((programmeId, (Guid?)null, acknowledged.AcknowledgedAt), (published.ProgrammeId, published.PairId, (DateTimeOffset?)published.AcknowledgedAt));
        var open = await (await referent.GetAsync($"/api/programmes/{programmeId}/concerns?status=open")).ReadAsync<PagedResult<ConcernView>>();
        Assert.Empty(open.Items);
        await (await referent.PostAsync($"{Concerns}/{Guid.NewGuid()}/acknowledge", null)).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_concern_about_a_pair_is_raised_by_one_of_its_members_only()
    {
        var pair = await PairScenario.New(factory).OpenAsync();

        var raised = await (await pair.Client(pair.Mentor).PostJsonAsync(Concerns,
            new { programmeId = pair.ProgrammeId, pairId = pair.PairId, category = "conflict", text = "We disagree on everything lately." }))
            .ReadAsync<ConcernView>(HttpStatusCode.Created);
        var outsider = await pair.Client(TestUser.Mentee()).PostJsonAsync(Concerns,
            new { programmeId = pair.ProgrammeId, pairId = pair.PairId, text = "I heard they disagree a lot." });
        var wrongProgramme = await pair.Client(pair.Mentee).PostJsonAsync(Concerns,
            new { programmeId = Guid.NewGuid(), pairId = pair.PairId, text = "Something is wrong in my pair." });
        var unknownPair = await pair.Client(pair.Mentee).PostJsonAsync(Concerns,
            new { programmeId = pair.ProgrammeId, pairId = Guid.NewGuid(), text = "Something is wrong in my pair." });

        Assert.Equal(ConcernRoute.PairReferent, raised.Route);
        Assert.Equal((Guid?)pair.PairId, Assert.Single(await factory.PublishedAsync<ConcernRaised>(), e => e.ConcernId == raised.Id).PairId);
        await outsider.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(["pairId"], (await wrongProgramme.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
        await unknownPair.ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Concerns_from_outside_the_programme_or_malformed_are_refused()
    {
        var programmeId = Guid.NewGuid();
        var participant = factory.CreateClient(await ApprovedParticipantAsync(programmeId));

        var stranger = await factory.CreateClient(TestUser.Mentee()).PostJsonAsync(Concerns, new { programmeId, text = "I am not in this programme." });
        var tooShort = await participant.PostJsonAsync(Concerns, new { programmeId, text = "  help  " });
        var noProgramme = await participant.PostJsonAsync(Concerns, new { text = "Where does this go?" });
        var badCategory = await participant.PostJsonAsync(Concerns, new { programmeId, category = "gossip", text = "Something to tell you." });
        var badStatus = await factory.CreateClient(TestUser.Referent(programmeId)).GetAsync($"/api/programmes/{programmeId}/concerns?status=closed");

        Assert.Contains("participants", (await stranger.ProblemAsync(HttpStatusCode.Forbidden)).Detail());
        Assert.Equal(["text"], (await tooShort.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
        Assert.Equal(["programmeId"], (await noProgramme.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
        Assert.Equal(["category"], (await badCategory.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
        Assert.Equal(["status"], (await badStatus.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
    }
}
