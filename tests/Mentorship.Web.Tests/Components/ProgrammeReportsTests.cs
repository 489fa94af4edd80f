using System.Globalization;
using System.Net;
using Bunit;
using Mentorship.Web.Components.Pages;
using Mentorship.Web.Gateway;
using Mentorship.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.Web.Tests.Components;

public sealed class ProgrammeReportsTests : WebTestContext
{
    private readonly Guid _programmeId = Guid.NewGuid();

    public ProgrammeReportsTests() : base(persona: "coordinator") => Services.AddScoped<ReportsClient>();

    private string Report(string name) => $"GET /api/programmes/{_programmeId}/reports/{name}";

    [Fact]
    public void The_effects_are_drawn_with_their_intervals_and_given_as_a_table_of_the_same_figures()
    {
        Gateway
            .Answer(Report("outcomes"), HttpStatusCode.OK, MonitoringSamples.Outcomes())
            .Answer(Report("effects"), HttpStatusCode.OK, MonitoringSamples.Effects())
            .Answer(Report("benefits"), HttpStatusCode.OK, MonitoringSamples.Benefits());

        var page = Render<ProgrammeReports>(p => p.Add(x => x.ProgrammeId, _programmeId));

        page.WaitForElement("table.effects");
        var chart = page.Find(".effects-chart img");
        Assert.StartsWith("data:image/svg+xml;base64,", chart.GetAttribute("src"));
        Assert.Contains("95%", chart.GetAttribute("alt"));
        var svg = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(chart.GetAttribute("src")!.Split(',')[1]));
        Assert.Contains("<svg", svg);
        var confidence = page.Find("tr[data-dimension=self-confidence]").TextContent;
        Assert.Contains("Self-confidence", confidence);
        Assert.Contains(2.0.ToString("0.00", CultureInfo.CurrentCulture), confidence);
        Assert.Contains("0.074", confidence);
        Assert.Contains("[-0.48 ; 4.48]", confidence);
        Assert.Contains("Yes", page.Find("tr[data-dimension=job-search]").TextContent);
        Assert.Equal(3, page.FindAll("table.effects tbody tr").Count);
        Assert.Contains("A wider network", page.Find("table.benefits").TextContent);
        Assert.NotNull(page.Find(".benefits-chart img[alt]"));
        Assert.Contains("training", page.Find("table.by-outcome").TextContent);
        Assert.Equal($"downloads/programmes/{_programmeId}/responses?format=xlsx",
            page.FindAll("section[aria-labelledby=export-heading] .downloads a")[1].GetAttribute("href"));
        foreach (var report in new[] { "outcomes", "effects", "benefits" })
            Assert.Equal(
                new[] { "csv", "xlsx", "pdf" }.Select(format => $"downloads/programmes/{_programmeId}/{report}?format={format}"),
                page.FindAll($"section[aria-labelledby={report}-heading] .downloads a").Select(a => a.GetAttribute("href")));
        Assert.Equal("PDF · Outcomes", page.Find("section[aria-labelledby=outcomes-heading] .downloads a:last-child").TextContent.Trim());
    }

    [Fact]
    public void A_refused_report_is_said_in_its_own_section_and_the_others_still_show()
    {
        Gateway
            .Answer(Report("outcomes"), HttpStatusCode.OK, MonitoringSamples.Outcomes())
            .Answer(Report("effects"), HttpStatusCode.Forbidden, """{ "title": "Forbidden", "status": 403, "detail": "The effects report is shown to the programme's coordinators and researchers." }""")
            .Answer(Report("benefits"), HttpStatusCode.OK, MonitoringSamples.Benefits());

        var page = Render<ProgrammeReports>(p => p.Add(x => x.ProgrammeId, _programmeId));

        page.WaitForElement("table.benefits");
        Assert.Contains("coordinators and researchers", page.Find("section[aria-labelledby=effects-heading] [role=alert]").TextContent);
        Assert.Empty(page.FindAll("table.effects"));
        Assert.Empty(page.FindAll("section[aria-labelledby=effects-heading] .downloads"));
        Assert.NotNull(page.Find("table.by-outcome"));
    }
}
