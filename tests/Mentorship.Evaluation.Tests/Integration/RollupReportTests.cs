using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Spreadsheet;
using Mentorship.Enrollment.Contracts;
using Mentorship.Evaluation.Data;
using Mentorship.Evaluation.Domain;
using Mentorship.ServiceDefaults.Backend.Outbox;
using Mentorship.Testing;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Evaluation.Tests.Integration;

/// <summary>
/// The T'M roll-up over real PostgreSQL. Programmes of other tests share the template, so each test names
/// its own institutions (a Guid in the name) and asserts on their rows; the total is checked against the rows.
/// </summary>
public sealed class RollupReportTests(EvaluationFactory factory) : IClassFixture<EvaluationFactory>
{
    private const string Route = "/api/reports/rollup?template=team-mentorship";

    [Fact]
    public async Task Programmes_of_one_institution_make_one_row_and_the_total_counts_every_programme()
    {
        var ulb = $"ULB {Guid.NewGuid():N}";
        var ulb2025 = await ProgrammeAsync(ulb, careerClarity: [1, 2, 3]);
        var ulb2026 = await ProgrammeAsync(ulb, careerClarity: [2, 2, 2]);
        var umons = await ProgrammeAsync($"UMONS {Guid.NewGuid():N}", careerClarity: [1]);

        var report = await factory.CreateClient(TestUser.Ops()).GetFromJsonAsync<JsonElement>(Route);

        Assert.Equal("team-mentorship", report.GetProperty("template").GetString());
        Assert.Equal(["career-clarity", "professional-network", "self-confidence"], report.GetProperty("dimensions").EnumerateArray().Select(d => d.GetString()));
        var rows = Rows(report);
        var row = rows[ulb];
        Assert.Equal((2, 6, 6, 0), (row.GetProperty("programmes").GetInt32(), row.GetProperty("pairsFormed").GetInt32(),
            row.GetProperty("closed").GetInt32(), row.GetProperty("active").GetInt32()));
        Assert.Equal(6, row.GetProperty("byOutcome").EnumerateArray().Single(o => o.GetProperty("outcome").GetString() == "studies").GetProperty("count").GetInt32());
        Assert.Equal(90, row.GetProperty("durationDays").GetProperty("median").GetDouble());
        Assert.Equal(30, row.GetProperty("meetings").GetInt32());
        var all = row.GetProperty("responseRates").EnumerateArray().Single(r => r.GetProperty("group").GetString() == "all");
        Assert.Equal((12, 6, 0.5), (all.GetProperty("assigned").GetInt32(), all.GetProperty("completed").GetInt32(), all.GetProperty("rate").GetDouble()));
        // Pooled 1, 2, 3, 2, 2, 2: mean 2, interval 1.3363..2.6637 (RollupAnalysisTests).
        var clarity = Effect(row, "career-clarity");
        Assert.Equal((6, false), (clarity.GetProperty("n").GetInt32(), clarity.GetProperty("suppressed").GetBoolean()));
        Assert.Equal(2, clarity.GetProperty("mean").GetDouble(), 4);
        Assert.Equal(1.3363, clarity.GetProperty("ci95")[0].GetDouble(), 4);
        Assert.Equal(1, rows[$"{umons.Institution}"].GetProperty("programmes").GetInt32());

        var total = report.GetProperty("total");
        Assert.Equal(rows.Values.Sum(r => r.GetProperty("pairsFormed").GetInt32()), total.GetProperty("pairsFormed").GetInt32());
        Assert.Equal(rows.Values.Sum(r => r.GetProperty("programmes").GetInt32()), total.GetProperty("programmes").GetInt32());
        Assert.Equal(rows.Values.Sum(r => Effect(r, "career-clarity").GetProperty("n").GetInt32()), Effect(total, "career-clarity").GetProperty("n").GetInt32());
        Assert.Contains(ulb2025.ProgrammeId, await ProgrammesOfAsync(ulb));
        Assert.Contains(ulb2026.ProgrammeId, await ProgrammesOfAsync(ulb));
    }

    [Fact]
    public async Task A_row_of_fewer_than_five_respondents_gives_their_number_but_withholds_the_effects()
    {
        var small = await ProgrammeAsync($"UNamur {Guid.NewGuid():N}", careerClarity: [3, 3, 2, 3]);

        var rows = Rows(await factory.CreateClient(TestUser.Coordinator(small.ProgrammeId)).GetFromJsonAsync<JsonElement>(Route));

        var row = Assert.Single(rows).Value;
        Assert.Equal((4, true), (row.GetProperty("respondents").GetInt32(), row.GetProperty("suppressed").GetBoolean()));
        var clarity = Effect(row, "career-clarity");
        Assert.Equal((4, true), (clarity.GetProperty("n").GetInt32(), clarity.GetProperty("suppressed").GetBoolean()));
        Assert.Equal((JsonValueKind.Null, JsonValueKind.Null), (clarity.GetProperty("mean").ValueKind, clarity.GetProperty("ci95").ValueKind));
    }

    [Fact]
    public async Task Coordinators_and_researchers_see_their_own_programmes_rows_and_the_total_ops_see_every_row_others_nothing()
    {
        var institution = $"UCLouvain {Guid.NewGuid():N}";
        var mine = await ProgrammeAsync(institution, careerClarity: [1]);
        var colleagues = await ProgrammeAsync(institution, careerClarity: [1]);
        var elsewhere = await ProgrammeAsync($"ULiège {Guid.NewGuid():N}", careerClarity: [1]);
        var pollem = new EvaluationScenario(factory);
        await pollem.CreatedAsync("pollem", "UMONS");

        foreach (var user in new[] { TestUser.Coordinator(mine.ProgrammeId), TestUser.Researcher(mine.ProgrammeId) })
        {
            var report = await factory.CreateClient(user).GetFromJsonAsync<JsonElement>(Route);
            var row = Assert.Single(Rows(report)).Value;
            Assert.Equal((institution, 1), (row.GetProperty("institution").GetString(), row.GetProperty("programmes").GetInt32()));
            Assert.True(report.GetProperty("total").GetProperty("programmes").GetInt32() >= 3);
        }

        var ops = Rows(await factory.CreateClient(TestUser.Ops()).GetFromJsonAsync<JsonElement>(Route));
        Assert.Equal(2, ops[institution].GetProperty("programmes").GetInt32());
        Assert.Contains(elsewhere.Institution!, ops.Keys);
        Assert.Contains(colleagues.ProgrammeId, await ProgrammesOfAsync(institution));

        foreach (var outsider in new[]
                 {
                     TestUser.Mentee(), TestUser.Referent(mine.ProgrammeId), TestUser.ProgrammeAdmin(mine.ProgrammeId),
                     TestUser.Coordinator(pollem.ProgrammeId), TestUser.Coordinator(Guid.NewGuid()),
                 })
        {
            await SurveysApiTests.AssertProblemAsync(await factory.CreateClient(outsider).GetAsync(Route), HttpStatusCode.Forbidden);
        }
    }

    [Fact]
    public async Task The_roll_up_downloads_as_csv_xlsx_and_pdf_with_the_total_last()
    {
        var scenario = await ProgrammeAsync($"USL-B {Guid.NewGuid():N}", careerClarity: [1, 2, 2, 3, 1]);
        var coordinator = factory.CreateClient(TestUser.Coordinator(scenario.ProgrammeId));

        var csv = await coordinator.GetAsync(Route + "&format=csv");
        Assert.StartsWith("rollup-team-mentorship-", ReportFileResponses.FileName(csv), StringComparison.Ordinal);
        var lines = (await ReportFileResponses.CsvLinesAsync(csv)).Select(l => l.Split(',')).ToList();
        Assert.Equal(3, lines.Count);
        var header = lines[0].ToList();
        Assert.Equal(["institution", "programmes", "pairs formed"], header.Take(3));
        Assert.Equal((scenario.Institution, "1", "5"), (lines[1][0], lines[1][1], lines[1][2]));
        Assert.Equal("1.8", lines[1][header.IndexOf("career-clarity mean")]);
        Assert.Equal("Federation total", lines[2][0]);

        var rows = await ReportFileResponses.XlsxRowsAsync(await coordinator.GetAsync(Route + "&format=xlsx"));
        Assert.Equal(3, rows.Count);
        Assert.Equal(scenario.Institution, rows[1].Elements<Cell>().First().InnerText);
        Assert.Equal("5", rows[1].Elements<Cell>().ElementAt(2).CellValue?.Text);

        using var document = await ReportFileResponses.PdfAsync(await coordinator.GetAsync(Route + "&format=pdf"));
        Assert.Equal("Roll-up: team-mentorship", document.Info.Title);
    }

    [Theory]
    [InlineData("", "template")]
    [InlineData("?template=", "template")]
    [InlineData("?template=default", "template")]
    [InlineData("?template=erasmus", "template")]
    [InlineData("?template=team-mentorship&format=docx", "format")]
    public async Task An_unknown_template_or_format_is_refused_naming_it(string query, string field)
    {
        var response = await factory.CreateClient(TestUser.Ops()).GetAsync("/api/reports/rollup" + query);

        await SurveysApiTests.AssertProblemAsync(response, HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task The_institution_follows_the_newest_settings_whatever_order_the_events_arrive_in()
    {
        var programmeId = Guid.NewGuid();
        var now = DateTimeOffset.UtcNow;
        await factory.PublishAsync(new ProgrammeSettingsChanged(programmeId, 2, "T'M 2026", "2026", 1, 1, 12, 8, now, Guid.NewGuid(), "UNamur"));
        await ProgrammeAsync(programmeId, p => p.SettingsRevision == 2);
        await factory.PublishAsync(new ProgrammeSettingsChanged(programmeId, 1, "T'M 2026", "2026", 1, 1, 12, 8, now, Guid.NewGuid(), "UMONS"));
        await factory.PublishAsync(new ProgrammeCreated(programmeId, "team-mentorship", new CriterionWeights(1, 1, 1, 1, 1, 1, 1, 1), 1, 1, 12, 8, now, "T'M", "ULB"));

        await ProgrammeAsync(programmeId, p => p.TemplateId == "team-mentorship");
        // Both edits applied (the inbox claims each message in its own transaction): the older one changed nothing.
        await ServiceFactory<Program>.EventuallyAsync(() => factory.QueryAsync<EvaluationDbContext, object?>(async db =>
            await db.Set<InboxMessage>().CountAsync(m => m.Consumer.EndsWith("programme-settings-changed")) >= 2 ? true : null));
        var programme = await ProgrammeAsync(programmeId, _ => true);
        Assert.Equal(("T'M 2026", "UNamur", 2), (programme.Name, programme.Institution, programme.SettingsRevision));

        await factory.PublishAsync(new ProgrammeSettingsChanged(programmeId, 3, "T'M 2026", "2026", 1, 1, 12, 8, now, Guid.NewGuid(), "USL-B"));
        programme = await ProgrammeAsync(programmeId, p => p.SettingsRevision == 3);
        Assert.Equal("USL-B", programme.Institution);
    }

    /// <summary>A T'M programme of this institution with one closed pair per effect given (its mentee answers, its mentor not).</summary>
    private async Task<ProgrammeOf> ProgrammeAsync(string institution, int[] careerClarity)
    {
        var scenario = new EvaluationScenario(factory);
        await scenario.CreatedAsync("team-mentorship", institution, $"T'M {institution}");
        foreach (var value in careerClarity)
        {
            var pair = await scenario.ClosedAsync(outcome: "studies", days: 90, meetingsHeld: 5);
            await scenario.AnswerAsync(pair.MenteeId, pair.MenteeSurveyId, EvaluationScenario.TeamMentorshipAnswers(value));
        }

        return new ProgrammeOf(scenario.ProgrammeId, institution);
    }

    private Task<Programme> ProgrammeAsync(Guid programmeId, Func<Programme, bool> until) =>
        ServiceFactory<Program>.EventuallyAsync(async () =>
        {
            var programme = await factory.QueryAsync<EvaluationDbContext, Programme?>(db => db.Programmes.AsNoTracking().FirstOrDefaultAsync(p => p.Id == programmeId));
            return programme is not null && until(programme) ? programme : null;
        });

    private Task<List<Guid>> ProgrammesOfAsync(string institution) =>
        factory.QueryAsync<EvaluationDbContext, List<Guid>>(db => db.Programmes.Where(p => p.Institution == institution).Select(p => p.Id).ToListAsync());

    private static Dictionary<string, JsonElement> Rows(JsonElement report) =>
        report.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("institution").GetString() ?? "");

    private static JsonElement Effect(JsonElement row, string dimension) =>
        row.GetProperty("effects").EnumerateArray().Single(e => e.GetProperty("dimension").GetString() == dimension);

    private sealed record ProgrammeOf(Guid ProgrammeId, string? Institution);
}
