using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mentorship.Enrollment.Contracts;
using Mentorship.Enrollment.Data;
using Mentorship.Matching.Contracts;
using Mentorship.ServiceDefaults.Backend.Outbox;
using Microsoft.EntityFrameworkCore;
using Mentorship.Testing;

namespace Mentorship.Enrollment.Tests.Integration;

public sealed class ProgrammeEditTests(EnrollmentFactory factory) : IClassFixture<EnrollmentFactory>
{
    [Fact]
    public async Task A_coordinator_edits_the_cadence_and_every_service_is_told_the_new_settings_with_the_next_revision()
    {
        var programmeId = await CreateAsync("cjsm", $"CJSM {Guid.NewGuid():N}", "2026");
        var coordinator = factory.CreateClient(TestUser.Coordinator(programmeId));

        var response = await coordinator.PatchAsJsonAsync($"/api/programmes/{programmeId}", new { meetingsPerMonth = 3, alertAfterWeeksWithoutMeeting = 5 });
        var again = await coordinator.PatchAsJsonAsync($"/api/programmes/{programmeId}", new { durationMonths = 10 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var view = await coordinator.GetFromJsonAsync<JsonElement>($"/api/programmes/{programmeId}");
        Assert.Equal((3, 5, 10, 2), (view.GetProperty("meetingsPerMonth").GetInt32(), view.GetProperty("alertAfterWeeksWithoutMeeting").GetInt32(),
            view.GetProperty("durationMonths").GetInt32(), view.GetProperty("settingsRevision").GetInt32()));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var announced = (await factory.PublishedAsync<ProgrammeSettingsChanged>()).Where(e => e.ProgrammeId == programmeId).OrderBy(e => e.Revision).ToList();
        Assert.Equal([1, 2], announced.Select(e => e.Revision));
        Assert.Equal((3, 5, 10), (announced[1].MeetingsPerMonth, announced[1].AlertAfterWeeksWithoutMeeting, announced[1].DurationMonths));
    }

    [Fact]
    public async Task Invalid_edits_are_refused_naming_each_field_and_change_nothing()
    {
        var programmeId = await CreateAsync("mentoryou", $"MentorYou {Guid.NewGuid():N}", "2026");
        var coordinator = factory.CreateClient(TestUser.Coordinator(programmeId));

        var invalid = await coordinator.PatchAsJsonAsync($"/api/programmes/{programmeId}", new { name = " ", meetingsPerMonth = 0, durationMonths = 37, cohort = new string('x', 51) });
        var empty = await coordinator.PatchAsJsonAsync($"/api/programmes/{programmeId}", new { });

        Assert.Contains("blank", await invalid.ValidationErrorAsync("name"));
        Assert.Contains("50", await invalid.ValidationErrorAsync("cohort"));
        Assert.Contains("between 1 and 8", await invalid.ValidationErrorAsync("meetingsPerMonth"));
        Assert.Contains("between 1 and 36", await invalid.ValidationErrorAsync("durationMonths"));
        Assert.Contains("at least one setting", await empty.ValidationErrorAsync("body"));
        var view = await coordinator.GetFromJsonAsync<JsonElement>($"/api/programmes/{programmeId}");
        Assert.Equal(0, view.GetProperty("settingsRevision").GetInt32());
    }

    [Fact]
    public async Task An_edit_based_on_an_older_revision_is_a_conflict_and_changes_nothing()
    {
        var programmeId = await CreateAsync("mentoryou", $"MentorYou {Guid.NewGuid():N}", "2026");
        var coordinator = factory.CreateClient(TestUser.Coordinator(programmeId));

        var first = await coordinator.PatchAsJsonAsync($"/api/programmes/{programmeId}", new { settingsRevision = 0, durationMonths = 9 });
        var stale = await coordinator.PatchAsJsonAsync($"/api/programmes/{programmeId}", new { settingsRevision = 0, durationMonths = 12 });

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Conflict), (first.StatusCode, stale.StatusCode));
        var view = await coordinator.GetFromJsonAsync<JsonElement>($"/api/programmes/{programmeId}");
        Assert.Equal((9, 1), (view.GetProperty("durationMonths").GetInt32(), view.GetProperty("settingsRevision").GetInt32()));
    }

    [Fact]
    public async Task Only_the_programme_s_own_staff_edit_it_and_an_unknown_programme_is_not_found()
    {
        var programmeId = await CreateAsync("pollem", $"POLLEM {Guid.NewGuid():N}", "2026");
        var body = new { meetingsPerMonth = 2 };

        var otherCoordinator = await factory.CreateClient(TestUser.Coordinator(Guid.NewGuid())).PatchAsJsonAsync($"/api/programmes/{programmeId}", body);
        var referent = await factory.CreateClient(TestUser.Referent(programmeId)).PatchAsJsonAsync($"/api/programmes/{programmeId}", body);
        // Staff of the unknown id: anyone else is refused before the programme is looked up.
        var unknownId = Guid.NewGuid();
        var unknown = await factory.CreateClient(TestUser.Coordinator(unknownId)).PatchAsJsonAsync($"/api/programmes/{unknownId}", body);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.NotFound), (otherCoordinator.StatusCode, referent.StatusCode, unknown.StatusCode));
    }

    [Fact]
    public async Task Renaming_onto_another_programme_s_name_and_cohort_is_a_conflict()
    {
        var taken = $"Dialogue {Guid.NewGuid():N}";
        await CreateAsync("dialogue", taken, "2026");
        var programmeId = await CreateAsync("dialogue", $"Dialogue {Guid.NewGuid():N}", "2026");

        var response = await factory.CreateClient(TestUser.Coordinator(programmeId)).PatchAsJsonAsync($"/api/programmes/{programmeId}", new { name = taken });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task The_programme_shows_the_weights_matching_s_coordinators_set_last_whatever_order_the_changes_arrive_in()
    {
        var programmeId = await CreateAsync("mentoryou", $"MentorYou {Guid.NewGuid():N}", "2026");
        var now = DateTimeOffset.UtcNow;

        await factory.PublishAsync(new MatchingWeightsChanged(programmeId, 10, 0, 1, 2, 3, 4, 5, 6, now));
        await factory.PublishAsync(new MatchingWeightsChanged(programmeId, 1, 1, 1, 1, 1, 1, 1, 1, now.AddMinutes(-1)));
        await ServiceFactory<Program>.EventuallyAsync(() => factory.QueryAsync<EnrollmentDbContext, object?>(async db =>
            await db.Set<InboxMessage>().CountAsync(m => m.Consumer.EndsWith("matching-weights-changed")) >= 2 ? true : null));

        var weights = (await factory.CreateClient(TestUser.Coordinator(programmeId)).GetFromJsonAsync<JsonElement>($"/api/programmes/{programmeId}"))
            .GetProperty("weights");
        Assert.Equal((10, 0, 6), (weights.GetProperty("geography").GetDouble(), weights.GetProperty("sector").GetDouble(), weights.GetProperty("hobbies").GetDouble()));
    }

    private async Task<Guid> CreateAsync(string templateId, string name, string cohort)
    {
        var response = await factory.CreateClient(TestUser.ProgrammeAdmin()).PostAsJsonAsync("/api/programmes", new { templateId, name, cohort });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
