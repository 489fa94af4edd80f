using System.Net;
using Bunit;
using Mentorship.Web.Components.Pages;
using Mentorship.Web.Tests.Support;

namespace Mentorship.Web.Tests.Components.Matching;

public sealed class SettingsConsoleTests() : WebTestContext(persona: "coordinator")
{
    private readonly Guid _programmeId = Guid.NewGuid();

    private string Route => $"/api/programmes/{_programmeId}";

    [Fact]
    public void An_edit_is_sent_with_the_revision_it_was_based_on_and_a_refused_field_is_said_beside_it()
    {
        Gateway
            .Answer($"GET {Route}", HttpStatusCode.OK, MatchingSamples.Settings(_programmeId, revision: 3))
            .Answer($"PATCH {Route}", HttpStatusCode.BadRequest, Samples.ValidationProblem("durationMonths", "'Duration Months' must be between 1 and 36."));
        var page = Render<SettingsConsole>(p => p.Add(x => x.ProgrammeId, _programmeId));

        page.WaitForElement("#settings-duration").Change("40");
        page.Find("form").Submit();

        page.WaitForElement("#settings-duration-error");
        Assert.Contains("between 1 and 36", page.Find("#settings-duration-error").TextContent);
        Assert.Equal("40", page.Find("#settings-duration").GetAttribute("value"));
        var body = Gateway.Requests.Single(r => r.Route.StartsWith("PATCH", StringComparison.Ordinal)).Body!;
        Assert.Contains("\"settingsRevision\":3", body);
        Assert.Contains("\"durationMonths\":40", body);
    }

    [Fact]
    public void When_someone_else_saved_first_the_page_says_so_and_shows_the_current_values()
    {
        Gateway
            .AnswerInTurn($"GET {Route}", HttpStatusCode.OK,
                MatchingSamples.Settings(_programmeId, revision: 1),
                MatchingSamples.Settings(_programmeId, revision: 2, name: "Renamed elsewhere", durationMonths: 9))
            .Answer($"PATCH {Route}", HttpStatusCode.Conflict, Samples.Conflict("The settings were changed by someone else since you read them."));
        var page = Render<SettingsConsole>(p => p.Add(x => x.ProgrammeId, _programmeId));

        page.WaitForElement("#settings-duration").Change("12");
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Contains("Someone else changed these settings", page.Find("[role=alert]").TextContent));
        Assert.Equal("9", page.Find("#settings-duration").GetAttribute("value"));
        Assert.Equal("Renamed elsewhere", page.Find("#settings-name").GetAttribute("value"));

        // Saving again is based on the revision read last.
        Gateway.Answer($"PATCH {Route}", HttpStatusCode.OK, MatchingSamples.Settings(_programmeId, revision: 3, name: "Renamed elsewhere", durationMonths: 12));
        page.Find("#settings-duration").Change("12");
        page.Find("form").Submit();
        page.WaitForAssertion(() => Assert.Contains("revision 3", page.Find(".saved").TextContent));
        Assert.Contains("\"settingsRevision\":2", Gateway.Requests.Last(r => r.Route.StartsWith("PATCH", StringComparison.Ordinal)).Body);
        Assert.Empty(page.FindAll("[role=alert]"));
    }

    [Fact]
    public void A_name_taken_by_another_programme_keeps_the_edit_to_fix()
    {
        Gateway
            .Answer($"GET {Route}", HttpStatusCode.OK, MatchingSamples.Settings(_programmeId, revision: 1))
            .Answer($"PATCH {Route}", HttpStatusCode.Conflict, Samples.Conflict("A programme with this template, name and cohort already exists."));
        var page = Render<SettingsConsole>(p => p.Add(x => x.ProgrammeId, _programmeId));

        page.WaitForElement("#settings-name").Change("Taken");
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Contains("already exists", page.Find("[role=alert]").TextContent));
        Assert.Equal("Taken", page.Find("#settings-name").GetAttribute("value"));
    }
}
