using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mentorship.Enrollment.Contracts;
using Mentorship.Testing;
using static Mentorship.Enrollment.Tests.Integration.EnrollmentRequests;

namespace Mentorship.Enrollment.Tests.Integration;

public sealed class ApplicationsApiTests(EnrollmentFactory factory) : IClassFixture<EnrollmentFactory>
{
    [Fact]
    public async Task An_applicant_applies_as_themselves_and_sees_the_verdict_of_each_rule()
    {
        var programme = await factory.CreateProgrammeAsync();
        var mentee = TestUser.Mentee();
        var answers = (JsonObject)EligibleMenteeAnswers.DeepClone();
        answers["frenchLevel"] = "A2";

        var response = await factory.CreateClient(mentee)
            .PostAsJsonAsync($"/api/programmes/{programme}/applications", Application("mentee", answers));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var application = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(mentee.PersonId, application.GetProperty("personId").GetGuid());
        Assert.Equal("submitted", application.GetProperty("status").GetString());
        Assert.False(application.GetProperty("eligible").GetBoolean());
        var french = application.GetProperty("eligibility").EnumerateArray().Single(v => v.GetProperty("rule").GetString() == "working-french");
        Assert.False(french.GetProperty("passed").GetBoolean());
        Assert.Equal("answers.frenchLevel = A2; minimum B1", french.GetProperty("evidence").GetString());
        var announced = Assert.Single(await factory.PublishedAsync<ApplicationSubmitted>(), e => e.ApplicationId == application.GetProperty("id").GetGuid());
        Assert.Equal((programme, mentee.PersonId), (announced.ProgrammeId, announced.PersonId));
    }

    [Fact]
    public async Task Applying_for_someone_else_takes_programme_staff()
    {
        var programme = await factory.CreateProgrammeAsync();
        var someoneElse = Guid.NewGuid();
        var body = JsonSerializer.SerializeToNode(Application("mentee", EligibleMenteeAnswers))!.AsObject();
        body["personId"] = someoneElse;

        var byMentee = await factory.CreateClient(TestUser.Mentee()).PostAsJsonAsync($"/api/programmes/{programme}/applications", body);
        var byCoordinator = await factory.CreateClient(TestUser.Coordinator(programme)).PostAsJsonAsync($"/api/programmes/{programme}/applications", body);

        Assert.Equal(HttpStatusCode.Forbidden, byMentee.StatusCode);
        Assert.Equal(HttpStatusCode.Created, byCoordinator.StatusCode);
        Assert.Equal(someoneElse, (await byCoordinator.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("personId").GetGuid());
    }

    [Fact]
    public async Task A_second_active_application_in_the_same_role_is_a_conflict()
    {
        var programme = await factory.CreateProgrammeAsync();
        var client = factory.CreateClient(TestUser.Mentee());
        await client.SubmitAsync(programme, Application("mentee", EligibleMenteeAnswers));

        var again = await client.PostAsJsonAsync($"/api/programmes/{programme}/applications", Application("mentee", EligibleMenteeAnswers));

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task A_second_application_and_an_unknown_one_are_refused_in_the_applicants_language()
    {
        var programme = await factory.CreateProgrammeAsync();
        var french = factory.CreateClient(TestUser.Mentee());
        french.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-BE");
        var dutch = factory.CreateClient(TestUser.Mentee());
        dutch.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl");
        await french.SubmitAsync(programme, Application("mentee", EligibleMenteeAnswers));

        var again = await french.PostAsJsonAsync($"/api/programmes/{programme}/applications", Application("mentee", EligibleMenteeAnswers));
        var unknown = await dutch.GetAsync($"/api/applications/{Guid.NewGuid()}");

        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.NotFound), (again.StatusCode, unknown.StatusCode));
        var conflict = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(
            ("Cette personne a déjà une candidature active dans ce rôle pour ce programme.", "Retirez-la d'abord pour postuler à nouveau."),
            (conflict.GetProperty("title").GetString(), conflict.GetProperty("detail").GetString()));
        Assert.Equal("Niet gevonden: aanmelding.", (await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Applications_to_an_unknown_programme_or_with_invalid_fields_are_refused()
    {
        var programme = await factory.CreateProgrammeAsync();
        var client = factory.CreateClient(TestUser.Mentee());
        var invalid = JsonSerializer.SerializeToNode(Application("mentee", EligibleMenteeAnswers))!.AsObject();
        invalid["person"]!["email"] = "nope";
        invalid["profile"]!["languages"] = new JsonArray();

        var unknown = await client.PostAsJsonAsync($"/api/programmes/{Guid.NewGuid()}/applications", Application("mentee", EligibleMenteeAnswers));
        var refused = await client.PostAsJsonAsync($"/api/programmes/{programme}/applications", invalid);

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("person.email", out _));
        Assert.True(errors.TryGetProperty("profile.languages", out _));
    }

    [Fact]
    public async Task An_approved_application_makes_the_participant_available_to_matching_once()
    {
        var programme = await factory.CreateProgrammeAsync();
        var mentor = TestUser.Mentor();
        var application = await factory.CreateClient(mentor).SubmitAsync(programme, Application("mentor", EligibleMentorAnswers, capacity: 2, globalCapacity: 3));
        var id = application.GetProperty("id").GetGuid();
        var coordinator = factory.CreateClient(TestUser.Coordinator(programme));

        var early = await coordinator.PostAsync($"/api/applications/{id}/approve", null);
        await coordinator.PostAsync($"/api/applications/{id}/preparation/individual-interview", null);
        await coordinator.PostAsync($"/api/applications/{id}/preparation/intercultural-workshop", null);
        var approved = await coordinator.PostAsync($"/api/applications/{id}/approve", null);
        var again = await coordinator.PostAsync($"/api/applications/{id}/approve", null);

        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Contains("individual-interview", await early.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("approved", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());

        var announced = Assert.Single(await factory.PublishedAsync<ApplicationApproved>(), e => e.ApplicationId == id);
        Assert.Equal(mentor.PersonId, announced.PersonId);
        Assert.Equal("mentor", announced.Role);
        Assert.Equal(2, announced.Profile.Capacity);
        Assert.Equal(3, announced.Profile.GlobalCapacity);
        Assert.Equal(["fr", "ar"], announced.Profile.Languages);
        Assert.Equal("BE-BRU", announced.Profile.Region);
        Assert.InRange(announced.Profile.Age!.Value, 30, 40);
        var body = JsonSerializer.Serialize(announced);
        Assert.DoesNotContain("Amina", body);
        Assert.DoesNotContain("example.org", body);
    }

    [Fact]
    public async Task Approving_an_ineligible_application_is_refused_with_the_failed_rules()
    {
        var programme = await factory.CreateProgrammeAsync();
        var answers = (JsonObject)EligibleMenteeAnswers.DeepClone();
        answers["workPermit"] = false;
        var id = (await factory.CreateClient(TestUser.Mentee()).SubmitAsync(programme, Application("mentee", answers))).GetProperty("id").GetGuid();
        var coordinator = factory.CreateClient(TestUser.Coordinator(programme));
        await coordinator.PostAsync($"/api/applications/{id}/preparation/individual-interview", null);

        var response = await coordinator.PostAsync($"/api/applications/{id}/approve", null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("work-permit: answers.workPermit = false", problem.GetProperty("reasons")[0].GetString());
        Assert.DoesNotContain(await factory.PublishedAsync<ApplicationApproved>(), e => e.ApplicationId == id);
    }

    [Fact]
    public async Task Staff_of_another_programme_can_neither_read_nor_approve()
    {
        var programme = await factory.CreateProgrammeAsync();
        var id = (await factory.CreateClient(TestUser.Mentee()).SubmitAsync(programme, Application("mentee", EligibleMenteeAnswers))).GetProperty("id").GetGuid();
        var outsider = factory.CreateClient(TestUser.Coordinator(Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync($"/api/applications/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.PostAsync($"/api/applications/{id}/approve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync($"/api/programmes/{programme}/applications")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/applications/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task An_application_is_shown_to_its_owner_and_not_to_other_applicants()
    {
        var programme = await factory.CreateProgrammeAsync();
        var owner = TestUser.Mentee();
        var id = (await factory.CreateClient(owner).SubmitAsync(programme, Application("mentee", EligibleMenteeAnswers))).GetProperty("id").GetGuid();

        var mine = await factory.CreateClient(owner).GetAsync($"/api/applications/{id}");
        var theirs = await factory.CreateClient(TestUser.Mentee()).GetAsync($"/api/applications/{id}");

        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, theirs.StatusCode);
    }

    [Fact]
    public async Task Coordinators_list_applications_by_role_and_status()
    {
        var programme = await factory.CreateProgrammeAsync();
        await factory.CreateClient(TestUser.Mentee()).SubmitAsync(programme, Application("mentee", EligibleMenteeAnswers));
        await factory.CreateClient(TestUser.Mentee()).SubmitAsync(programme, Application("mentee", EligibleMenteeAnswers));
        await factory.CreateClient(TestUser.Mentor()).SubmitAsync(programme, Application("mentor", EligibleMentorAnswers));
        var coordinator = factory.CreateClient(TestUser.Coordinator(programme));

        var mentees = await coordinator.GetFromJsonAsync<JsonElement>($"/api/programmes/{programme}/applications?role=mentee&status=submitted&pageSize=1");
        var badStatus = await coordinator.GetAsync($"/api/programmes/{programme}/applications?status=pending");

        Assert.Equal(2, mentees.GetProperty("total").GetInt32());
        Assert.Equal(1, mentees.GetProperty("items").GetArrayLength());
        Assert.Equal("Benali", mentees.GetProperty("items")[0].GetProperty("lastName").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, badStatus.StatusCode);
        Assert.Contains("submitted, approved, rejected, withdrawn", await badStatus.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Withdrawing_an_approved_application_takes_the_participant_out_of_matching()
    {
        var programme = await factory.CreateProgrammeAsync();
        var owner = TestUser.Mentee();
        var id = (await factory.CreateClient(owner).SubmitAsync(programme, Application("mentee", EligibleMenteeAnswers))).GetProperty("id").GetGuid();
        var coordinator = factory.CreateClient(TestUser.Coordinator(programme));
        await coordinator.PostAsync($"/api/applications/{id}/preparation/individual-interview", null);
        await coordinator.PostAsync($"/api/applications/{id}/approve", null);

        var withdrawn = await factory.CreateClient(owner).PostAsJsonAsync($"/api/applications/{id}/withdraw", new { reason = "Found a job" });

        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.Equal("withdrawn", (await withdrawn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        var announced = Assert.Single(await factory.PublishedAsync<ApplicationWithdrawn>(), e => e.ApplicationId == id);
        Assert.Equal(owner.PersonId, announced.PersonId);
    }

    [Fact]
    public async Task A_rejected_application_stays_rejected()
    {
        var programme = await factory.CreateProgrammeAsync();
        var id = (await factory.CreateClient(TestUser.Mentee()).SubmitAsync(programme, Application("mentee", EligibleMenteeAnswers))).GetProperty("id").GetGuid();
        var coordinator = factory.CreateClient(TestUser.Coordinator(programme));

        var rejected = await coordinator.PostAsync($"/api/applications/{id}/reject", null);
        var approve = await coordinator.PostAsync($"/api/applications/{id}/approve", null);
        var withdraw = await coordinator.PostAsync($"/api/applications/{id}/withdraw", null);

        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, approve.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, withdraw.StatusCode);
        Assert.DoesNotContain(await factory.PublishedAsync<ApplicationWithdrawn>(), e => e.ApplicationId == id);
    }

    [Fact]
    public async Task A_preparation_step_the_programme_does_not_have_is_refused_naming_the_step()
    {
        var programme = await factory.CreateProgrammeAsync();
        var id = (await factory.CreateClient(TestUser.Mentee()).SubmitAsync(programme, Application("mentee", EligibleMenteeAnswers))).GetProperty("id").GetGuid();

        var response = await factory.CreateClient(TestUser.Coordinator(programme)).PostAsync($"/api/applications/{id}/preparation/yoga", null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("individual-interview", errors.GetProperty("step")[0].GetString());
    }
}
