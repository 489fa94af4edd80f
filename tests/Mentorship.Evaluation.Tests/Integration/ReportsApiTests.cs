using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Mentorship.Testing;

namespace Mentorship.Evaluation.Tests.Integration;

public sealed class ReportsApiTests(EvaluationFactory factory) : IClassFixture<EvaluationFactory>
{
    private const int Precision = 4;

    [Fact]
    public async Task Reports_computed_from_several_respondents_match_hand_computed_figures()
    {
        var scenario = new EvaluationScenario(factory);
        await scenario.CreatedAsync("pollem");

        // Five mentees, each in a closed pair; one more pair still active with three logged meetings.
        var loggedPair = Guid.NewGuid();
        await scenario.MeetingAsync(loggedPair, "professional", "personal");
        var academicOnlyPair = Guid.NewGuid();
        await scenario.MeetingAsync(academicOnlyPair, "academic");
        ClosedPair[] pairs =
        [
            await scenario.ClosedAsync("studies", days: 30, meetingsHeld: 2, pairId: loggedPair),
            await scenario.ClosedAsync("studies", days: 60, meetingsHeld: 4),
            await scenario.ClosedAsync("job", days: 90, meetingsHeld: 6),
            await scenario.ClosedAsync("dropout-mentee", days: 120, meetingsHeld: 8, pairId: academicOnlyPair),
            await scenario.ClosedAsync("term-reached", days: 150, meetingsHeld: 10),
        ];
        var active = await scenario.ActivatedAsync(EvaluationScenario.Start);
        await scenario.MeetingAsync(active, "academic");
        await scenario.MeetingAsync(active, "personal");
        await scenario.MeetingAsync(active, "professional");

        (int WellBeing, int Perseverance, int Professional, int Personal, bool More, string[] Benefits)[] answers =
        [
            (3, 3, 2, 2, true, ["support", "listening"]),
            (2, -1, 3, 2, true, ["support"]),
            (2, 2, 2, 3, true, ["support", "listening", "motivation"]),
            (1, 0, 1, 0, false, []),
            (2, 1, 0, 3, true, ["listening"]),
        ];
        for (var i = 0; i < pairs.Length; i++)
        {
            var a = answers[i];
            await scenario.AnswerAsync(pairs[i].MenteeId, pairs[i].MenteeSurveyId, EvaluationScenario.MenteeAnswers(
                wellBeing: a.WellBeing, academicSuccess: 0, perseverance: a.Perseverance, benefits: a.Benefits, moreMeetings: a.More,
                professional: a.Professional, personal: a.Personal, comment: "private remark about my mentor"));
        }

        await scenario.AnswerAsync(pairs[0].MentorId, pairs[0].MentorSurveyId, EvaluationScenario.MentorAnswers(moreMeetings: false));
        var coordinator = factory.CreateClient(TestUser.Coordinator(scenario.ProgrammeId));

        var effects = await coordinator.GetFromJsonAsync<JsonElement>($"/api/programmes/{scenario.ProgrammeId}/reports/effects");
        Assert.Equal(5, effects.GetProperty("respondents").GetInt32());
        var dimensions = effects.GetProperty("dimensions").EnumerateArray().ToDictionary(d => d.GetProperty("dimension").GetString()!);
        Assert.Equal(["well-being", "academic-success", "perseverance"], dimensions.Keys);
        // well-being 3, 2, 2, 1, 2: mean 2, sd √0.5, t = 2 / (0.7071/√5) = 6.3246 on 4 df, p = 0.0032.
        var wellBeing = dimensions["well-being"];
        Assert.Equal(5, wellBeing.GetProperty("n").GetInt32());
        Assert.Equal(2, wellBeing.GetProperty("mean").GetDouble(), Precision);
        Assert.Equal(0.7071, wellBeing.GetProperty("sd").GetDouble(), Precision);
        Assert.Equal(6.3246, wellBeing.GetProperty("t").GetDouble(), Precision);
        Assert.Equal(4, wellBeing.GetProperty("df").GetInt32());
        Assert.Equal(0.0032, wellBeing.GetProperty("p").GetDouble(), Precision);
        Assert.Equal(1.1220, wellBeing.GetProperty("ci95")[0].GetDouble(), Precision);
        Assert.Equal(2.8780, wellBeing.GetProperty("ci95")[1].GetDouble(), Precision);
        Assert.True(wellBeing.GetProperty("significant").GetBoolean());
        // academic-success all 0: no variance and no effect.
        var academic = dimensions["academic-success"];
        Assert.Equal((0.0, 0.0, 1.0), (academic.GetProperty("mean").GetDouble(), academic.GetProperty("sd").GetDouble(), academic.GetProperty("p").GetDouble()));
        Assert.Equal(JsonValueKind.Null, academic.GetProperty("t").ValueKind);
        Assert.False(academic.GetProperty("significant").GetBoolean());
        // perseverance 3, -1, 2, 0, 1: mean 1, sd √2.5 = 1.5811, t = √2 = 1.4142, not significant.
        var perseverance = dimensions["perseverance"];
        Assert.Equal(1, perseverance.GetProperty("mean").GetDouble(), Precision);
        Assert.Equal(1.5811, perseverance.GetProperty("sd").GetDouble(), Precision);
        Assert.Equal(1.4142, perseverance.GetProperty("t").GetDouble(), Precision);
        Assert.False(perseverance.GetProperty("significant").GetBoolean());

        // Professional and personal both >= 2 for the first three: well-being 3, 2, 2 against 1, 2.
        var reported = Split(effects, "byReportedDimensions", "well-being");
        Assert.Equal(3, reported.GetProperty("addressed").GetProperty("n").GetInt32());
        Assert.Equal(7.0 / 3, reported.GetProperty("addressed").GetProperty("mean").GetDouble(), Precision);
        Assert.Equal(2, reported.GetProperty("others").GetProperty("n").GetInt32());
        Assert.Equal(1.5, reported.GetProperty("others").GetProperty("mean").GetDouble(), Precision);
        Assert.Equal(5, reported.GetProperty("correlation").GetProperty("n").GetInt32());
        // Logged meetings: the first pair addressed both, the fourth only the academic one; the others logged none.
        var logged = Split(effects, "byLoggedMeetings", "well-being");
        Assert.Equal((1, 3.0), (logged.GetProperty("addressed").GetProperty("n").GetInt32(), logged.GetProperty("addressed").GetProperty("mean").GetDouble()));
        Assert.Equal((1, 1.0), (logged.GetProperty("others").GetProperty("n").GetInt32(), logged.GetProperty("others").GetProperty("mean").GetDouble()));

        var more = effects.GetProperty("wantedMoreMeetings").EnumerateArray().ToDictionary(m => m.GetProperty("group").GetString()!);
        Assert.Equal((6, 4), (more["all"].GetProperty("n").GetInt32(), more["all"].GetProperty("count").GetInt32()));
        Assert.Equal(0.8, more["mentee"].GetProperty("share").GetDouble(), Precision);
        Assert.Equal(0, more["mentor"].GetProperty("share").GetDouble(), Precision);

        var benefits = await coordinator.GetFromJsonAsync<JsonElement>($"/api/programmes/{scenario.ProgrammeId}/reports/benefits");
        Assert.Equal(5, benefits.GetProperty("respondents").GetInt32());
        var top = benefits.GetProperty("benefits").EnumerateArray().Take(4)
            .Select(b => (b.GetProperty("benefit").GetString(), b.GetProperty("count").GetInt32(), Math.Round(b.GetProperty("share").GetDouble(), 4)))
            .ToList();
        Assert.Equal([("support", 3, 0.6), ("listening", 3, 0.6), ("motivation", 1, 0.2), ("information", 0, 0.0)], top);
        Assert.Equal(24, benefits.GetProperty("benefits").GetArrayLength());

        var outcomes = await coordinator.GetFromJsonAsync<JsonElement>($"/api/programmes/{scenario.ProgrammeId}/reports/outcomes");
        Assert.Equal((6, 1, 5), (outcomes.GetProperty("pairsFormed").GetInt32(), outcomes.GetProperty("active").GetInt32(), outcomes.GetProperty("closed").GetInt32()));
        Assert.Equal((3, 2), (outcomes.GetProperty("positiveExits").GetInt32(), outcomes.GetProperty("negativeExits").GetInt32()));
        var byOutcome = outcomes.GetProperty("byOutcome").EnumerateArray().ToDictionary(o => o.GetProperty("outcome").GetString()!, o => o.GetProperty("count").GetInt32());
        Assert.Equal((2, 1, 1, 1, 0), (byOutcome["studies"], byOutcome["job"], byOutcome["dropout-mentee"], byOutcome["term-reached"], byOutcome["internship"]));
        Assert.Equal((90.0, 90.0), (outcomes.GetProperty("durationDays").GetProperty("mean").GetDouble(), outcomes.GetProperty("durationDays").GetProperty("median").GetDouble()));
        // Meetings 2, 4, 6, 8, 10 at closure and 3 logged for the active pair.
        Assert.Equal((5.5, 5.0), (outcomes.GetProperty("meetingsPerPair").GetProperty("mean").GetDouble(), outcomes.GetProperty("meetingsPerPair").GetProperty("median").GetDouble()));
        var rates = outcomes.GetProperty("responseRates").EnumerateArray().ToDictionary(r => r.GetProperty("group").GetString()!);
        Assert.Equal((10, 6, 0.6), (rates["all"].GetProperty("assigned").GetInt32(), rates["all"].GetProperty("completed").GetInt32(), rates["all"].GetProperty("rate").GetDouble()));
        Assert.Equal(0.2, rates["mentor"].GetProperty("rate").GetDouble(), Precision);

        var csv = await factory.CreateClient(TestUser.Researcher(scenario.ProgrammeId))
            .GetAsync($"/api/programmes/{scenario.ProgrammeId}/reports/export?format=csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());
        var lines = text.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.StartsWith("respondent,role,kind,outcome,well-being,academic-success,perseverance,benefits.support,", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("comment", lines[0], StringComparison.Ordinal);
        Assert.Equal(7, lines.Count);
        Assert.DoesNotContain("private remark", text, StringComparison.Ordinal);
        foreach (var pair in pairs)
        {
            foreach (var id in new[] { pair.PairId, pair.MenteeId, pair.MentorId, pair.MenteeSurveyId, pair.MentorSurveyId })
                Assert.DoesNotContain(id.ToString(), text, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal(6, lines.Skip(1).Select(l => l.Split(',')[0]).Distinct().Count());
        Assert.All(lines.Skip(1), l => Assert.Matches("^[0-9a-f]{16},(mentee|mentor),closure,", l));
        // Negative effects stay numbers in CSV too (perseverance -1 of the second mentee), never escaped text.
        Assert.Contains(lines.Skip(1), l => l.Split(',')[6] == "-1");
        Assert.DoesNotContain("'-", text, StringComparison.Ordinal);

        var again = await factory.CreateClient(TestUser.Coordinator(scenario.ProgrammeId))
            .GetByteArrayAsync($"/api/programmes/{scenario.ProgrammeId}/reports/export");
        Assert.Equal(text, Encoding.UTF8.GetString(again));

        // Negative effects stay numbers in the workbook (perseverance -1 of the second mentee).
        var xlsx = await factory.CreateClient(TestUser.Researcher(scenario.ProgrammeId))
            .GetByteArrayAsync($"/api/programmes/{scenario.ProgrammeId}/reports/export?format=xlsx");
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(xlsx), isEditable: false);
        var rows = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
        Assert.Equal(7, rows.Count);
        Assert.Contains(rows.SelectMany(r => r.Elements<Cell>()), c => c.DataType?.Value == CellValues.Number && c.CellValue?.Text == "-1");
    }

    [Fact]
    public async Task The_export_comes_as_xlsx_on_request_and_refuses_unknown_formats()
    {
        var scenario = new EvaluationScenario(factory);
        await scenario.CreatedAsync("cjsm");
        var researcher = factory.CreateClient(TestUser.Researcher(scenario.ProgrammeId));

        var xlsx = await researcher.GetAsync($"/api/programmes/{scenario.ProgrammeId}/reports/export?format=xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        var bytes = await xlsx.Content.ReadAsByteArrayAsync();
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);

        var pdf = await researcher.GetAsync($"/api/programmes/{scenario.ProgrammeId}/reports/export?format=pdf");
        await SurveysApiTests.AssertProblemAsync(pdf, HttpStatusCode.BadRequest, "format");
    }

    [Fact]
    public async Task A_programme_without_answers_gives_empty_reports()
    {
        var scenario = new EvaluationScenario(factory);
        await scenario.CreatedAsync("mentoryou");
        var client = factory.CreateClient(TestUser.Researcher(scenario.ProgrammeId));

        var effects = await client.GetFromJsonAsync<JsonElement>($"/api/programmes/{scenario.ProgrammeId}/reports/effects");
        Assert.Equal(["self-confidence", "job-search", "professional-network"],
            effects.GetProperty("dimensions").EnumerateArray().Select(d => d.GetProperty("dimension").GetString()));
        Assert.All(effects.GetProperty("dimensions").EnumerateArray(), d => Assert.Equal(0, d.GetProperty("n").GetInt32()));

        var outcomes = await client.GetFromJsonAsync<JsonElement>($"/api/programmes/{scenario.ProgrammeId}/reports/outcomes");
        Assert.Equal(0, outcomes.GetProperty("pairsFormed").GetInt32());
        Assert.Equal(JsonValueKind.Null, outcomes.GetProperty("durationDays").GetProperty("mean").ValueKind);
    }

    [Theory]
    [InlineData("effects")]
    [InlineData("benefits")]
    [InlineData("outcomes")]
    [InlineData("export")]
    public async Task Reports_are_refused_to_participants_and_to_staff_of_other_programmes(string report)
    {
        var scenario = new EvaluationScenario(factory);
        await scenario.CreatedAsync("pollem");
        var route = $"/api/programmes/{scenario.ProgrammeId}/reports/{report}";

        await SurveysApiTests.AssertProblemAsync(await factory.CreateClient(TestUser.Mentee()).GetAsync(route), HttpStatusCode.Forbidden);
        await SurveysApiTests.AssertProblemAsync(await factory.CreateClient(TestUser.Referent(scenario.ProgrammeId)).GetAsync(route), HttpStatusCode.Forbidden);
        await SurveysApiTests.AssertProblemAsync(
            await factory.CreateClient(TestUser.Coordinator(Guid.NewGuid())).GetAsync(route), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient(TestUser.Ops()).GetAsync(route)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient(TestUser.Researcher(scenario.ProgrammeId)).GetAsync(route)).StatusCode);
    }

    [Fact]
    public async Task Programme_admins_see_outcomes_but_not_answers()
    {
        var scenario = new EvaluationScenario(factory);
        await scenario.CreatedAsync("team-mentorship");
        var admin = factory.CreateClient(TestUser.ProgrammeAdmin(scenario.ProgrammeId));

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/programmes/{scenario.ProgrammeId}/reports/outcomes")).StatusCode);
        await SurveysApiTests.AssertProblemAsync(
            await admin.GetAsync($"/api/programmes/{scenario.ProgrammeId}/reports/effects"), HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("effects")]
    [InlineData("benefits")]
    [InlineData("outcomes")]
    [InlineData("export")]
    public async Task A_programme_evaluation_has_never_heard_of_is_not_found(string report)
    {
        var response = await factory.CreateClient(TestUser.Ops()).GetAsync($"/api/programmes/{Guid.NewGuid()}/reports/{report}");

        await SurveysApiTests.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_openapi_document_describes_every_evaluation_route()
    {
        var document = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Superset(
            new HashSet<string>
            {
                "/api/me/surveys", "/api/surveys/{surveyId}", "/api/surveys/{surveyId}/responses", "/api/survey-templates",
                "/api/programmes/{programmeId}/reports/effects", "/api/programmes/{programmeId}/reports/benefits",
                "/api/programmes/{programmeId}/reports/outcomes", "/api/programmes/{programmeId}/reports/export",
                "/api/programmes/{programmeId}/reports/before-after", "/api/programmes/{programmeId}/reports/cohort-comparison",
                "/api/reports/rollup",
            },
            paths.ToHashSet());
    }

    private static JsonElement Split(JsonElement effects, string split, string dimension) =>
        effects.GetProperty(split).GetProperty("dimensions").EnumerateArray().Single(d => d.GetProperty("dimension").GetString() == dimension);
}
