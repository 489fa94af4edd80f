using System.Net;
using Bunit;
using Mentorship.Web.Components.Pages;
using Mentorship.Web.Gateway;
using Mentorship.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.Web.Tests.Components;

public sealed class ProgrammeRollupTests : WebTestContext
{
    private readonly Guid _programmeId = Guid.NewGuid();

    public ProgrammeRollupTests() : base(persona: "coordinator") => Services.AddScoped<ReportsClient>();

    private static string Row(string? institution, int programmes, int formed, int respondents, bool suppressed) => $$"""
        { "institution": {{(institution is null ? "null" : $"\"{institution}\"")}}, "programmes": {{programmes}}, "pairsFormed": {{formed}},
          "active": 2, "closed": 3, "positiveExits": 1, "negativeExits": 0, "byOutcome": [],
          "durationDays": { "n": 3, "mean": 120.4, "median": 118 }, "meetings": 9, "meetingsPerPair": { "n": 3, "mean": 3, "median": 3 },
          "responseRates": [], "respondents": {{respondents}}, "suppressed": {{(suppressed ? "true" : "false")}}, "effects": [] }
        """;

    [Fact]
    public void The_roll_up_of_the_programme_s_template_shows_a_row_per_institution_and_the_federation_total()
    {
        Gateway
            .Answer($"GET /api/programmes/{_programmeId}", HttpStatusCode.OK, Samples.Programme(_programmeId, "tm"))
            .Answer("GET /api/reports/rollup?template=tm", HttpStatusCode.OK, $$"""
                { "template": "tm", "minimumRespondents": 5, "dimensions": [],
                  "rows": [ {{Row("UNamur", 1, 5, 3, suppressed: true)}}, {{Row("ULiège", 2, 12, 9, suppressed: false)}} ],
                  "total": {{Row(null, 6, 40, 31, suppressed: false)}} }
                """);

        var page = Render<ProgrammeRollup>(p => p.Add(x => x.ProgrammeId, _programmeId));

        page.WaitForElement("table.rollup");
        Assert.Contains("withheld", page.Find("tr[data-institution=UNamur]").TextContent);
        Assert.Contains("9", page.Find("tr[data-institution=ULiège]").TextContent);
        var total = page.Find("tfoot tr").TextContent;
        Assert.Contains("Federation total", total);
        Assert.Contains("40", total);
        Assert.Contains("fewer than 5", page.Markup);
        Assert.Equal(
            new[] { "csv", "xlsx", "pdf" }.Select(format => $"downloads/rollup/tm?format={format}"),
            page.FindAll(".downloads a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void A_refused_roll_up_says_who_may_read_it()
    {
        Gateway
            .Answer($"GET /api/programmes/{_programmeId}", HttpStatusCode.OK, Samples.Programme(_programmeId, "tm"))
            .Answer("GET /api/reports/rollup?template=tm", HttpStatusCode.Forbidden,
                """{ "title": "You may not do this.", "status": 403, "detail": "The tm roll-up is shown to federation ops and to coordinators and researchers of its programmes." }""");

        var page = Render<ProgrammeRollup>(p => p.Add(x => x.ProgrammeId, _programmeId));

        page.WaitForAssertion(() => Assert.Contains("federation ops", page.Find("[role=alert]").TextContent));
        Assert.Empty(page.FindAll("table.rollup"));
    }
}
