using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mentorship.Enrollment.Contracts;
using Mentorship.Testing;

namespace Mentorship.Enrollment.Tests.Integration;

/// <summary>The application window, capacity and target cohort size as settings: given at creation, edited, validated, counted.</summary>
public sealed class RecruitmentSettingsTests(EnrollmentFactory factory) : IClassFixture<EnrollmentFactory>
{
    [Fact]
    public async Task The_window_capacity_and_cohort_size_given_at_creation_are_shown_with_the_programme()
    {
        var programme = await factory.CreatePollemAsync(new
        {
            applicationWindow = new { opensOn = "2026-09-01", closesOn = "2026-10-15" },
            capacity = new { mentees = 800, mentors = 150 },
            targetCohortSize = 800,
        });

        var view = await factory.CreateClient(TestUser.Coordinator(programme)).GetFromJsonAsync<JsonElement>($"/api/programmes/{programme}");

        Assert.Equal(("2026-09-01", "2026-10-15"), (view.GetProperty("applicationWindow").GetProperty("opensOn").GetString(),
            view.GetProperty("applicationWindow").GetProperty("closesOn").GetString()));
        Assert.Equal((800, 150, 800), (view.GetProperty("capacity").GetProperty("mentees").GetInt32(),
            view.GetProperty("capacity").GetProperty("mentors").GetInt32(), view.GetProperty("targetCohortSize").GetInt32()));
    }

    [Fact]
    public async Task An_edit_of_the_recruitment_settings_round_trips_with_the_revision_and_a_stale_one_is_a_conflict()
    {
        var programme = await factory.CreateProgrammeAsync("team-mentorship");
        var coordinator = factory.CreateClient(TestUser.Coordinator(programme));

        var edited = await coordinator.PatchAsJsonAsync($"/api/programmes/{programme}", new
        {
            settingsRevision = 0,
            applicationWindow = new { opensOn = "2026-12-01", closesOn = "2027-01-31" },
            capacity = new { mentees = 60 },
            targetCohortSize = 60,
        });
        var stale = await coordinator.PatchAsJsonAsync($"/api/programmes/{programme}", new { settingsRevision = 0, targetCohortSize = 70 });
        var cleared = await coordinator.PatchAsJsonAsync($"/api/programmes/{programme}", new
        {
            settingsRevision = 1, applicationWindow = new { }, capacity = new { }, targetCohortSize = 0,
        });

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Conflict, HttpStatusCode.OK), (edited.StatusCode, stale.StatusCode, cleared.StatusCode));
        var afterEdit = await edited.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("2027-01-31", 60, 60, 1), (afterEdit.GetProperty("applicationWindow").GetProperty("closesOn").GetString(),
            afterEdit.GetProperty("capacity").GetProperty("mentees").GetInt32(), afterEdit.GetProperty("targetCohortSize").GetInt32(),
            afterEdit.GetProperty("settingsRevision").GetInt32()));
        var view = await coordinator.GetFromJsonAsync<JsonElement>($"/api/programmes/{programme}");
        Assert.Equal(2, view.GetProperty("settingsRevision").GetInt32());
        Assert.Equal(JsonValueKind.Null, view.GetProperty("applicationWindow").GetProperty("closesOn").ValueKind);
        Assert.Equal(JsonValueKind.Null, view.GetProperty("capacity").GetProperty("mentees").ValueKind);
        Assert.Equal(JsonValueKind.Null, view.GetProperty("targetCohortSize").ValueKind);
        var announced = (await factory.PublishedAsync<ProgrammeSettingsChanged>()).Where(e => e.ProgrammeId == programme).Select(e => e.Revision);
        Assert.Equal([1, 2], announced.Order());
    }

    [Fact]
    public async Task Invalid_recruitment_settings_are_refused_naming_each_field_at_creation_and_in_an_edit()
    {
        var programme = await factory.CreateProgrammeAsync("mentoryou");
        var body = new
        {
            templateId = "mentoryou",
            name = $"MentorYou {Guid.NewGuid():N}",
            cohort = "2026",
            applicationWindow = new { opensOn = "2026-10-01", closesOn = "2026-09-30" },
            capacity = new { mentees = 0, mentors = 100_001 },
            targetCohortSize = -1,
        };

        var created = await factory.CreateClient(TestUser.ProgrammeAdmin()).PostAsJsonAsync("/api/programmes", body);
        var edited = await factory.CreateClient(TestUser.Coordinator(programme)).PatchAsJsonAsync($"/api/programmes/{programme}", new
        {
            applicationWindow = new { opensOn = "1999-12-31" }, capacity = new { mentors = 0 }, targetCohortSize = 100_001,
        });
        var unreadable = await factory.CreateClient(TestUser.Coordinator(programme)).PatchAsJsonAsync($"/api/programmes/{programme}", new
        {
            applicationWindow = new { closesOn = "31/10/2026" },
        });

        Assert.Contains("on or after opensOn (2026-10-01)", await created.ValidationErrorAsync("applicationWindow.closesOn"));
        Assert.Contains("between 1 and 100000", await created.ValidationErrorAsync("capacity.mentees"));
        Assert.Contains("between 1 and 100000", await created.ValidationErrorAsync("capacity.mentors"));
        Assert.Contains("between 1 and 100000", await created.ValidationErrorAsync("targetCohortSize"));
        Assert.Contains("2000-01-01", await edited.ValidationErrorAsync("applicationWindow.opensOn"));
        Assert.Contains("between 1 and 100000", await edited.ValidationErrorAsync("capacity.mentors"));
        Assert.Contains("0 to remove", await edited.ValidationErrorAsync("targetCohortSize"));
        Assert.Equal(HttpStatusCode.BadRequest, unreadable.StatusCode);
        Assert.Contains("closesOn", await unreadable.Content.ReadAsStringAsync());
        var view = await factory.CreateClient(TestUser.Coordinator(programme)).GetFromJsonAsync<JsonElement>($"/api/programmes/{programme}");
        Assert.Equal(0, view.GetProperty("settingsRevision").GetInt32());
    }

    [Fact]
    public async Task Staff_see_the_counts_per_role_and_status_and_participants_see_none()
    {
        var programme = await factory.CreatePollemAsync(new { targetCohortSize = 800 });
        var coordinator = factory.CreateClient(TestUser.Coordinator(programme));
        for (var i = 0; i < 3; i++)
            await coordinator.EnterMenteeAsync(programme);
        await coordinator.ApproveAsync(await coordinator.EnterMenteeAsync(programme));
        await coordinator.PostAsync($"/api/applications/{await coordinator.EnterMenteeAsync(programme)}/reject", null);
        await coordinator.EnterMentorAsync(programme);

        var staffView = await factory.CreateClient(TestUser.Referent(programme)).GetFromJsonAsync<JsonElement>($"/api/programmes/{programme}");
        var participantView = await factory.CreateClient(TestUser.Mentee()).GetFromJsonAsync<JsonElement>($"/api/programmes/{programme}");
        var otherStaffView = await factory.CreateClient(TestUser.Coordinator(Guid.NewGuid())).GetFromJsonAsync<JsonElement>($"/api/programmes/{programme}");

        var enrolment = staffView.GetProperty("enrolment");
        Assert.Equal((4, 1, 1, 0), (enrolment.GetProperty("menteesApplied").GetInt32(), enrolment.GetProperty("menteesApproved").GetInt32(),
            enrolment.GetProperty("mentorsApplied").GetInt32(), enrolment.GetProperty("mentorsApproved").GetInt32()));
        Assert.False(participantView.TryGetProperty("enrolment", out _));
        Assert.False(otherStaffView.TryGetProperty("enrolment", out _));
        Assert.Equal(800, participantView.GetProperty("targetCohortSize").GetInt32());
    }
}
