using System.Net;
using System.Text.Json;
using Bunit;
using Mentorship.Web.Components.Pages;
using Mentorship.Web.Tests.Support;

namespace Mentorship.Web.Tests.Components.Matching;

public sealed class RecruitmentSettingsTests() : WebTestContext(persona: "coordinator")
{
    private readonly Guid _programmeId = Guid.NewGuid();

    private string Route => $"/api/programmes/{_programmeId}";

    [Fact]
    public void The_window_capacity_and_target_are_shown_with_the_counts_and_sent_whole_with_the_revision()
    {
        Gateway
            .Answer($"GET {Route}", HttpStatusCode.OK, RecruitmentSamples.Settings(_programmeId, revision: 4))
            .Answer($"PATCH {Route}", HttpStatusCode.OK, RecruitmentSamples.Settings(_programmeId, revision: 5));
        var page = Render<SettingsConsole>(p => p.Add(x => x.ProgrammeId, _programmeId));

        page.WaitForElement("#settings-closes-on");
        Assert.Equal(("2026-09-01", "2026-10-15", "date"), (page.Find("#settings-opens-on").GetAttribute("value"),
            page.Find("#settings-closes-on").GetAttribute("value"), page.Find("#settings-closes-on").GetAttribute("type")));
        Assert.Equal(("800", "150", "800"), (page.Find("#settings-capacity-mentees").GetAttribute("value"),
            page.Find("#settings-capacity-mentors").GetAttribute("value"), page.Find("#settings-cohort-size").GetAttribute("value")));
        Assert.Equal("812 applied, 640 approved (capacity 800)", page.Find("#enrolment-mentees").TextContent);
        Assert.Equal("149 applied, 120 approved (capacity 150)", page.Find("#enrolment-mentors").TextContent);
        Assert.Empty(page.FindAll(".capacity-exceeded"));

        page.Find("#settings-closes-on").Change("2026-10-20");
        page.Find("#settings-capacity-mentors").Change("");
        page.Find("#settings-cohort-size").Change("");
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Contains("revision 5", page.Find(".saved").TextContent));
        var sent = JsonDocument.Parse(Gateway.Requests.Single(r => r.Route.StartsWith("PATCH", StringComparison.Ordinal)).Body!).RootElement;
        Assert.Equal(4, sent.GetProperty("settingsRevision").GetInt32());
        Assert.Equal(("2026-09-01", "2026-10-20"), (sent.GetProperty("applicationWindow").GetProperty("opensOn").GetString(),
            sent.GetProperty("applicationWindow").GetProperty("closesOn").GetString()));
        Assert.Equal(800, sent.GetProperty("capacity").GetProperty("mentees").GetInt32());
        // An emptied box removes the limit or the target: the service takes the capacity whole, and 0 for no target.
        Assert.Equal(JsonValueKind.Null, sent.GetProperty("capacity").GetProperty("mentors").ValueKind);
        Assert.Equal(0, sent.GetProperty("targetCohortSize").GetInt32());
    }

    [Fact]
    public void A_refused_closing_day_is_said_beside_it_and_not_again_at_the_top()
    {
        Gateway
            .Answer($"GET {Route}", HttpStatusCode.OK, RecruitmentSamples.Settings(_programmeId, revision: 1))
            .Answer($"PATCH {Route}", HttpStatusCode.BadRequest,
                Samples.ValidationProblem("applicationWindow.closesOn", "closesOn must be on or after opensOn (2026-09-01): both days are included."));
        var page = Render<SettingsConsole>(p => p.Add(x => x.ProgrammeId, _programmeId));

        page.WaitForElement("#settings-closes-on").Change("2026-08-01");
        page.Find("form").Submit();

        page.WaitForElement("#settings-closes-on-error");
        Assert.Contains("on or after opensOn", page.Find("#settings-closes-on-error").TextContent);
        Assert.Equal("true", page.Find("#settings-closes-on").GetAttribute("aria-invalid"));
        Assert.DoesNotContain("on or after opensOn", page.Find("[role=alert]").TextContent);
        Assert.Null(page.Find("#settings-opens-on").GetAttribute("aria-invalid"));
    }

    [Fact]
    public void A_capacity_lowered_below_the_approved_count_is_reported()
    {
        Gateway.Answer($"GET {Route}", HttpStatusCode.OK,
            RecruitmentSamples.Settings(_programmeId, revision: 2, capacityExceededBy: """{ "mentees": 40, "mentors": null }"""));

        var page = Render<SettingsConsole>(p => p.Add(x => x.ProgrammeId, _programmeId));

        page.WaitForElement(".capacity-exceeded");
        Assert.Contains("40 mentee(s), 0 mentor(s)", page.Find(".capacity-exceeded").TextContent);
    }
}
