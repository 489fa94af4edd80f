using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mentorship.Enrollment.Contracts;
using Mentorship.Testing;
using static Mentorship.Enrollment.Tests.Integration.EnrollmentRequests;

namespace Mentorship.Enrollment.Tests.Integration;

/// <summary>
/// Consent per programme: given with the application against the privacy notice's version, changed by
/// the person alone, and research use announced to Evaluation when it is refused or withdrawn.
/// </summary>
public sealed class ConsentTests(EnrollmentFactory factory) : IClassFixture<EnrollmentFactory>
{
    [Fact]
    public async Task The_consent_given_with_the_application_is_kept_and_shown_with_it_and_in_the_person_s_own_list()
    {
        var programme = await factory.CreateProgrammeAsync();
        var mentee = TestUser.Mentee();
        var application = await factory.CreateClient(mentee).SubmitAsync(programme, WithConsent(Application("mentee", EligibleMenteeAnswers), contactSharing: true, research: false));

        var consent = application.GetProperty("consent");
        Assert.Equal(("2026-12", true, false), (consent.GetProperty("noticeVersion").GetString(), consent.GetProperty("contactSharing").GetBoolean(), consent.GetProperty("research").GetBoolean()));

        var mine = await factory.CreateClient(mentee).GetFromJsonAsync<JsonElement>("/api/me/applications");
        var only = Assert.Single(mine.GetProperty("items").EnumerateArray());
        Assert.Equal(application.GetProperty("id").GetGuid(), only.GetProperty("id").GetGuid());
        Assert.StartsWith("Programme ", only.GetProperty("programmeName").GetString());
        Assert.True(only.GetProperty("consent").GetProperty("contactSharing").GetBoolean());
    }

    [Fact]
    public async Task An_application_without_a_consent_stands_for_participation_only()
    {
        var programme = await factory.CreateProgrammeAsync();
        var application = await factory.CreateClient(TestUser.Mentee()).SubmitAsync(programme, Application("mentee", EligibleMenteeAnswers));

        var consent = application.GetProperty("consent");
        Assert.Equal(JsonValueKind.Null, consent.GetProperty("noticeVersion").ValueKind);
        Assert.False(consent.GetProperty("contactSharing").GetBoolean());
        Assert.False(consent.GetProperty("research").GetBoolean());
    }

    [Fact]
    public async Task A_malformed_consent_is_refused_naming_each_field_and_nothing_is_stored()
    {
        var programme = await factory.CreateProgrammeAsync();
        var mentee = TestUser.Mentee();
        var body = WithConsent(Application("mentee", EligibleMenteeAnswers), contactSharing: true, research: true);
        body["consent"] = new System.Text.Json.Nodes.JsonObject { ["noticeVersion"] = "2019-01", ["research"] = true };

        var refused = await factory.CreateClient(mentee).PostAsJsonAsync($"/api/programmes/{programme}/applications", body);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("2026-12", errors.GetProperty("consent.noticeVersion")[0].GetString());
        Assert.Contains("contactSharing", errors.GetProperty("consent.contactSharing")[0].GetString());
        var mine = await factory.CreateClient(mentee).GetFromJsonAsync<JsonElement>("/api/me/applications");
        Assert.Equal(0, mine.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Only_the_person_changes_their_consent_and_withdrawing_research_after_approval_tells_evaluation()
    {
        var programme = await factory.CreateProgrammeAsync();
        var mentee = TestUser.Mentee();
        var id = (await factory.CreateClient(mentee).SubmitAsync(programme, WithConsent(Application("mentee", EligibleMenteeAnswers), contactSharing: false, research: true)))
            .GetProperty("id").GetGuid();
        await ApproveAsync(programme, id);
        Assert.Empty(await ResearchEventsOfAsync(mentee.PersonId));

        var withdrawal = new { noticeVersion = "2026-12", contactSharing = true, research = false };
        var byCoordinator = await factory.CreateClient(TestUser.Coordinator(programme)).PutAsJsonAsync($"/api/applications/{id}/consent", withdrawal);
        Assert.Equal(HttpStatusCode.Forbidden, byCoordinator.StatusCode);

        var changed = await factory.CreateClient(mentee).PutAsJsonAsync($"/api/applications/{id}/consent", withdrawal);
        var again = await factory.CreateClient(mentee).PutAsJsonAsync($"/api/applications/{id}/consent", withdrawal);

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var consent = (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("consent");
        Assert.True(consent.GetProperty("contactSharing").GetBoolean());
        Assert.False(consent.GetProperty("research").GetBoolean());
        var announced = Assert.Single(await ResearchEventsOfAsync(mentee.PersonId));
        Assert.Equal((programme, false), (announced.ProgrammeId, announced.Granted));
    }

    [Fact]
    public async Task Approving_someone_who_refused_research_tells_evaluation_with_the_approval()
    {
        var programme = await factory.CreateProgrammeAsync();
        var mentee = TestUser.Mentee();
        var id = (await factory.CreateClient(mentee).SubmitAsync(programme, Application("mentee", EligibleMenteeAnswers))).GetProperty("id").GetGuid();

        await ApproveAsync(programme, id);

        var announced = Assert.Single(await ResearchEventsOfAsync(mentee.PersonId));
        Assert.False(announced.Granted);
        var approved = Assert.Single(await factory.PublishedAsync<ApplicationApproved>(), e => e.PersonId == mentee.PersonId);
        Assert.Equal(approved.ApprovedAt, announced.ChangedAt);
    }

    private async Task ApproveAsync(Guid programme, Guid applicationId)
    {
        var coordinator = factory.CreateClient(TestUser.Coordinator(programme));
        (await coordinator.PostAsync($"/api/applications/{applicationId}/preparation/individual-interview", null)).EnsureSuccessStatusCode();
        (await coordinator.PostAsync($"/api/applications/{applicationId}/approve", null)).EnsureSuccessStatusCode();
    }

    private async Task<IReadOnlyList<ResearchConsentChanged>> ResearchEventsOfAsync(Guid personId) =>
        (await factory.PublishedAsync<ResearchConsentChanged>()).Where(e => e.PersonId == personId).ToList();
}
