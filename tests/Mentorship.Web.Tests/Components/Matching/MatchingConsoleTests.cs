using System.Net;
using Bunit;
using Mentorship.Web.Components.Pages;
using Mentorship.Web.Tests.Support;

namespace Mentorship.Web.Tests.Components.Matching;

public sealed class MatchingConsoleTests() : WebTestContext(persona: "coordinator")
{
    private readonly Guid _programmeId = Guid.NewGuid();

    [Fact]
    public void A_coordinator_of_another_programme_is_told_so_and_shown_nothing_else()
    {
        Gateway
            .Answer($"GET /api/programmes/{_programmeId}", HttpStatusCode.OK, Samples.Programme(_programmeId))
            .Answer($"GET /api/programmes/{_programmeId}/matching/pool", HttpStatusCode.Forbidden,
                """{ "title": "The matching pool is shown to the programme's coordinators.", "status": 403 }""");

        var page = Render<MatchingConsole>(p => p.Add(x => x.ProgrammeId, _programmeId));

        page.WaitForAssertion(() => Assert.Contains("You may not do this in this programme.", page.Find("[role=alert]").TextContent));
        Assert.Contains("shown to the programme's coordinators", page.Find("[role=alert]").TextContent);
        Assert.Empty(page.FindAll("form"));
        Assert.Equal("page", page.Find($"a[href='console/{_programmeId}/matching']").GetAttribute("aria-current"));
    }

    [Fact]
    public void The_pool_the_weights_and_the_appreciations_show_with_the_participants_names()
    {
        var (menteeId, mentorId) = (Guid.NewGuid(), Guid.NewGuid());
        var weights = """{ "geography": 1, "sector": 3, "jobFunction": 2, "background": 1, "age": 0.5, "language": 1, "expectations": 2, "hobbies": 0 }""";
        TestDirectory.Load(this, _programmeId, menteeId, mentorId);
        Gateway
            .Answer($"GET /api/programmes/{_programmeId}", HttpStatusCode.OK, Samples.Programme(_programmeId))
            .Answer($"GET /api/programmes/{_programmeId}/matching/pool", HttpStatusCode.OK,
                $$"""{ "programmeId": "{{_programmeId}}", "menteesWaiting": 12, "mentors": 5, "freeSeats": 9, "appreciationsInForce": 1, "declinedPairs": 0 }""")
            .Answer($"GET /api/programmes/{_programmeId}/matching/weights", HttpStatusCode.OK,
                $$"""{ "programmeId": "{{_programmeId}}", "weights": {{weights}}, "changedAt": null }""")
            .Answer($"GET /api/programmes/{_programmeId}/matching/appreciations?inForce=true&page=1&pageSize=20", HttpStatusCode.OK, $$"""
                { "items": [ { "id": "{{Guid.NewGuid()}}", "menteeId": "{{menteeId}}", "mentorId": "{{mentorId}}", "kind": "bonus", "value": 10,
                  "reason": "Met at the fair", "createdAt": "2026-12-01T10:00:00Z", "inForce": true } ], "page": 1, "pageSize": 20, "total": 1 }
                """)
            .Answer($"GET /api/programmes/{_programmeId}/matching-rounds?page=1&pageSize=10", HttpStatusCode.OK, MatchingSamples.Rounds());

        var page = Render<MatchingConsole>(p => p.Add(x => x.ProgrammeId, _programmeId));

        page.WaitForAssertion(() => Assert.Contains("Amina Diallo — Marc Peeters", page.Find("table.appreciations").TextContent));
        Assert.Equal("12", page.Find("[data-figure=mentees]").TextContent);
        Assert.Equal("0.5", page.Find("#weight-age").GetAttribute("value"));
        Assert.Equal(8, page.FindAll(".weights input").Count);
    }
}
