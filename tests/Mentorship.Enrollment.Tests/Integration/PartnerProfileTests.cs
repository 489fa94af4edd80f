using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mentorship.Matching.Contracts;
using Mentorship.Pairing.Contracts;
using Mentorship.Testing;
using static Mentorship.Enrollment.Tests.Integration.EnrollmentRequests;

namespace Mentorship.Enrollment.Tests.Integration;

/// <summary>
/// What each member of a pair sees of the other, as Matching's and Pairing's events move the pair on:
/// the mentor sees the mentee's profile with the proposal, both see each other after acceptance, with
/// contact details only where the partner consented, and nothing after a decline.
/// </summary>
public sealed class PartnerProfileTests(EnrollmentFactory factory) : IClassFixture<EnrollmentFactory>
{
    private static readonly DateTimeOffset Proposed = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task With_the_proposal_the_mentor_sees_the_mentee_s_first_name_and_profile_and_the_mentee_sees_nothing_yet()
    {
        var pair = await PairAsync(menteeSharesContact: true, mentorSharesContact: true);
        await factory.PublishAsync(new MatchProposed(pair.Id, Guid.NewGuid(), pair.Programme, pair.Mentee.PersonId, pair.Mentor.PersonId, 0.8, Proposed));

        var seen = await EventuallyShownAsync(pair.Mentor, pair.Id);
        Assert.Equal((pair.Mentee.PersonId, "mentee", "Amina"), (seen.GetProperty("personId").GetGuid(), seen.GetProperty("role").GetString(), seen.GetProperty("firstName").GetString()));
        Assert.Equal(JsonValueKind.Null, seen.GetProperty("lastName").ValueKind);
        Assert.Equal(JsonValueKind.Null, seen.GetProperty("contact").ValueKind);
        Assert.Equal("logistics", seen.GetProperty("profile").GetProperty("sectors")[0].GetString());
        Assert.False(seen.GetProperty("profile").TryGetProperty("conflicts", out _));

        Assert.Equal(HttpStatusCode.NotFound, (await PartnerAsync(pair.Mentee, pair.Id)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PartnerAsync(TestUser.Mentee(), pair.Id)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PartnerAsync(TestUser.Coordinator(pair.Programme), pair.Id)).StatusCode);
    }

    [Fact]
    public async Task After_acceptance_both_see_each_other_and_contact_details_only_where_the_partner_consented()
    {
        var pair = await PairAsync(menteeSharesContact: true, mentorSharesContact: false);
        // Acceptance may arrive before the proposal it follows; the later stage stays either way.
        await factory.PublishAsync(new MentorAccepted(pair.Id, pair.Programme, pair.Mentee.PersonId, pair.Mentor.PersonId, Proposed.AddHours(2)));
        await factory.PublishAsync(new MatchProposed(pair.Id, Guid.NewGuid(), pair.Programme, pair.Mentee.PersonId, pair.Mentor.PersonId, 0.8, Proposed));

        var mentorSees = await EventuallyShownAsync(pair.Mentor, pair.Id, where: p => p.GetProperty("lastName").ValueKind == JsonValueKind.String);
        Assert.Equal("amina@example.org", mentorSees.GetProperty("contact").GetProperty("email").GetString());
        var menteeSees = await EventuallyShownAsync(pair.Mentee, pair.Id);
        Assert.Equal((pair.Mentor.PersonId, "mentor", "Benali"), (menteeSees.GetProperty("personId").GetGuid(), menteeSees.GetProperty("role").GetString(), menteeSees.GetProperty("lastName").GetString()));
        Assert.Equal(JsonValueKind.Null, menteeSees.GetProperty("contact").ValueKind);
    }

    [Fact]
    public async Task After_a_decline_the_mentor_no_longer_sees_the_mentee_even_when_the_proposal_is_delivered_again()
    {
        var pair = await PairAsync(menteeSharesContact: true, mentorSharesContact: true);
        var proposal = new MatchProposed(pair.Id, Guid.NewGuid(), pair.Programme, pair.Mentee.PersonId, pair.Mentor.PersonId, 0.8, Proposed);
        await factory.PublishAsync(proposal);
        await EventuallyShownAsync(pair.Mentor, pair.Id);

        await factory.PublishAsync(new MentorDeclined(pair.Id, pair.Programme, pair.Mentee.PersonId, pair.Mentor.PersonId, Proposed.AddHours(1)));
        await ServiceFactory<Program>.EventuallyAsync(async () =>
            (await PartnerAsync(pair.Mentor, pair.Id)).StatusCode == HttpStatusCode.NotFound ? "gone" : null);
        await factory.PublishAsync(proposal);
        var nextPair = Guid.NewGuid();
        await factory.PublishAsync(new MatchProposed(nextPair, Guid.NewGuid(), pair.Programme, pair.Mentee.PersonId, pair.Mentor.PersonId, 0.5, Proposed));

        // Once the event published after the repeat shows, the repeat has been taken too, and changed nothing.
        await EventuallyShownAsync(pair.Mentor, nextPair);
        Assert.Equal(HttpStatusCode.NotFound, (await PartnerAsync(pair.Mentor, pair.Id)).StatusCode);
    }

    private async Task<(Guid Id, Guid Programme, TestUser Mentee, TestUser Mentor)> PairAsync(bool menteeSharesContact, bool mentorSharesContact)
    {
        var programme = await factory.CreateProgrammeAsync();
        var mentee = TestUser.Mentee();
        var mentor = TestUser.Mentor();
        await factory.CreateClient(mentee).SubmitAsync(programme, WithConsent(Application("mentee", EligibleMenteeAnswers), menteeSharesContact, research: true));
        var mentorApplication = WithConsent(Application("mentor", EligibleMentorAnswers), mentorSharesContact, research: true);
        mentorApplication["person"]!["firstName"] = "Karim";
        await factory.CreateClient(mentor).SubmitAsync(programme, mentorApplication);
        return (Guid.NewGuid(), programme, mentee, mentor);
    }

    private Task<HttpResponseMessage> PartnerAsync(TestUser viewer, Guid pairId) =>
        factory.CreateClient(viewer).GetAsync($"/api/pairs/{pairId}/partner");

    private async Task<JsonElement> EventuallyShownAsync(TestUser viewer, Guid pairId, Func<JsonElement, bool>? where = null)
    {
        var shown = await ServiceFactory<Program>.EventuallyAsync<JsonElement?>(async () =>
        {
            var response = await PartnerAsync(viewer, pairId);
            if (response.StatusCode != HttpStatusCode.OK)
                return null;
            var partner = await response.Content.ReadFromJsonAsync<JsonElement>();
            return where is null || where(partner) ? partner : null;
        });
        return shown!.Value;
    }
}
