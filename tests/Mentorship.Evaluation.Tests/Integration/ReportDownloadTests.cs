using System.Net;
using DocumentFormat.OpenXml.Spreadsheet;
using Mentorship.ServiceDefaults.Identity;
using Mentorship.Testing;

namespace Mentorship.Evaluation.Tests.Integration;

/// <summary>Every programme report as CSV, XLSX and PDF: the same figures as the JSON, one table row per line.</summary>
public sealed class ReportDownloadTests(EvaluationFactory factory) : IClassFixture<EvaluationFactory>
{
    public static TheoryData<string, string, int> Reports => new()
    {
        // report, its table's first columns, its data rows for a POLLEM programme.
        { "effects", "dimension,n,mean,sd,t,df,p,ci95 low,ci95 high,significant", 3 },
        { "benefits", "benefit,label,count,share", 24 },
        { "outcomes", "measure,value", 5 + 8 + 4 + (3 * 3) },
        { "before-after", "dimension,n,mean before,mean after,mean difference", 3 },
        { "cohort-comparison", "dimension,n A,mean A,n B,mean B,difference", 3 },
    };

    public static TheoryData<string> ReportNames => ["effects", "benefits", "outcomes", "before-after", "cohort-comparison"];

    [Theory]
    [MemberData(nameof(Reports))]
    public async Task A_report_downloads_as_csv_with_a_header_row_and_its_figures(string report, string header, int rows)
    {
        var (client, route, programmeName) = await ProgrammeWithAnswersAsync(report);

        var response = await client.GetAsync(route + "format=csv");

        var lines = await ReportFileResponses.CsvLinesAsync(response);
        // The before/after report names its respondents' role: "before-after-mentee-{programme}-{date}.csv".
        Assert.Matches($"^{report}(-mentee)?-{programmeName}-[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}\\.csv$", ReportFileResponses.FileName(response));
        Assert.StartsWith(header, lines[0], StringComparison.Ordinal);
        Assert.Equal(rows, lines.Count - 1);
        if (report == "effects")
            Assert.Equal("well-being,2,1.5,", lines[1][..17]);
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public async Task A_report_downloads_as_xlsx_with_numbers_as_numbers(string report, string header, int rows)
    {
        var (client, route, _) = await ProgrammeWithAnswersAsync(report);

        var response = await client.GetAsync(route + "format=xlsx");

        var sheet = await ReportFileResponses.XlsxRowsAsync(response);
        Assert.Equal(rows + 1, sheet.Count);
        Assert.Equal(header.Split(',')[0], sheet[0].Elements<Cell>().First().InnerText);
        Assert.Contains(sheet.Skip(1).SelectMany(r => r.Elements<Cell>()), c => c.DataType?.Value == CellValues.Number);
    }

    [Theory]
    [MemberData(nameof(ReportNames))]
    public async Task A_report_downloads_as_a_pdf_that_opens(string report)
    {
        var (client, route, _) = await ProgrammeWithAnswersAsync(report);

        var response = await client.GetAsync(route + "format=pdf");

        using var document = await ReportFileResponses.PdfAsync(response);
        Assert.EndsWith("(UMONS)", document.Info.Subject, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ReportNames))]
    public async Task An_unknown_format_is_refused_naming_format(string report)
    {
        var programmeId = Guid.NewGuid();

        var response = await factory.CreateClient(TestUser.Ops())
            .GetAsync($"/api/programmes/{programmeId}/reports/{report}?with={Guid.NewGuid()}&format=docx");

        await SurveysApiTests.AssertProblemAsync(response, HttpStatusCode.BadRequest, "format");
    }

    /// <summary>A POLLEM programme of UMONS with two answered closures; the cohort comparison gets a second programme to compare with.</summary>
    private async Task<(HttpClient Client, string Route, string ProgrammeName)> ProgrammeWithAnswersAsync(string report)
    {
        var name = $"pollem-{Guid.NewGuid():N}";
        var scenario = new EvaluationScenario(factory);
        await scenario.CreatedAsync("pollem", "UMONS", name);
        foreach (var wellBeing in new[] { 1, 2 })
        {
            var pair = await scenario.ClosedAsync();
            await scenario.AnswerAsync(pair.MenteeId, pair.MenteeSurveyId, EvaluationScenario.MenteeAnswers(wellBeing: wellBeing));
        }

        var other = new EvaluationScenario(factory);
        await other.CreatedAsync("pollem", "UMONS", $"{name}-last-year");
        var client = factory.CreateClient(new TestUser(Guid.NewGuid(), [PlatformRoles.Coordinator], [scenario.ProgrammeId, other.ProgrammeId]));
        var query = report == "cohort-comparison" ? $"?with={other.ProgrammeId}&" : "?";
        return (client, $"/api/programmes/{scenario.ProgrammeId}/reports/{report}{query}", name);
    }
}
