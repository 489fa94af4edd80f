using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mentorship.Enrollment.Contracts;
using Mentorship.Evaluation.Contracts;
using Mentorship.Evaluation.Data;
using Mentorship.Evaluation.Domain;
using Mentorship.Pairing.Contracts;
using Mentorship.ServiceDefaults.Backend.Outbox;
using Mentorship.Testing;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Evaluation.Tests.Integration;

/// <summary>Baseline surveys at activation, paired with the closure's state ratings in the before/after report and the export.</summary>
public sealed class BaselineSurveysTests(EvaluationFactory factory) : IClassFixture<EvaluationFactory>
{
    private const int Precision = 4;

    [Fact]
    public async Task An_activation_delivered_twice_sends_each_member_one_baseline_survey_asking_the_state_of_each_dimension()
    {
        var scenario = new EvaluationScenario(factory);
        await scenario.CreatedAsync("pollem");
        var pair = await scenario.ActivatedWithBaselinesAsync();
        var applied = await ActivationsAppliedAsync();

        await factory.PublishAsync(new PairActivated(pair.PairId, scenario.ProgrammeId, pair.MenteeId, pair.MentorId, EvaluationScenario.Start));
        await ServiceFactory<Program>.EventuallyAsync(async () => await ActivationsAppliedAsync() > applied ? "applied" : null);

        var surveys = await scenario.SurveysAsync(pair.PairId, 2);
        Assert.Equal(new[] { pair.MenteeBaselineId, pair.MentorBaselineId }.Order(), surveys.Select(s => s.Id).Order());
        var assigned = (await factory.PublishedAsync<SurveyAssigned>()).Where(e => e.PairId == pair.PairId).ToList();
        Assert.Equal(2, assigned.Count);
        Assert.All(assigned, e => Assert.Equal("baseline", e.Kind));

        var survey = await factory.CreateClient(TestUser.Mentor(pair.MentorId)).GetFromJsonAsync<JsonElement>($"/api/surveys/{pair.MentorBaselineId}");
        Assert.Equal(("baseline", "Your starting point"), (survey.GetProperty("kind").GetString(), survey.GetProperty("title").GetString()));
        Assert.Equal(["well-being-state", "academic-success-state", "perseverance-state"],
            survey.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        var incomplete = await factory.CreateClient(TestUser.Mentor(pair.MentorId))
            .PostAsJsonAsync($"/api/surveys/{pair.MentorBaselineId}/responses", new { answers = new Dictionary<string, object?> { ["well-being-state"] = 3 } });
        await SurveysApiTests.AssertProblemAsync(incomplete, HttpStatusCode.BadRequest, "answers.academic-success-state", "answers.perseverance-state");
    }

    [Fact]
    public async Task The_before_after_report_pairs_each_respondents_baseline_with_their_closure_and_the_export_follows_consent()
    {
        var scenario = new EvaluationScenario(factory);
        await scenario.CreatedAsync("pollem");

        // Well-being before and after of five mentees; a sixth answers only the baseline and is left out.
        (int Before, int After)[] wellBeing = [(3, 5), (4, 6), (2, 3), (5, 5), (4, 6)];
        var pairs = new List<ActivatedPair>();
        foreach (var (before, after) in wellBeing)
        {
            var pair = await scenario.ActivatedWithBaselinesAsync();
            await scenario.AnswerAsync(pair.MenteeId, pair.MenteeBaselineId, States(before, 4));
            var closed = await scenario.ClosedAsync(activated: pair);
            var closure = EvaluationScenario.MenteeAnswers();
            foreach (var (item, value) in States(after, 4))
                closure[item] = value;
            await scenario.AnswerAsync(pair.MenteeId, closed.MenteeSurveyId, closure);
            pairs.Add(pair);
        }

        var onlyBefore = await scenario.ActivatedWithBaselinesAsync();
        await scenario.AnswerAsync(onlyBefore.MenteeId, onlyBefore.MenteeBaselineId, States(1, 1));

        var report = await factory.CreateClient(TestUser.Researcher(scenario.ProgrammeId))
            .GetFromJsonAsync<JsonElement>($"/api/programmes/{scenario.ProgrammeId}/reports/before-after");
        Assert.Equal("mentee", report.GetProperty("role").GetString());
        var dimensions = report.GetProperty("dimensions").EnumerateArray().ToDictionary(d => d.GetProperty("dimension").GetString()!);
        Assert.Equal(["well-being", "academic-success", "perseverance"], dimensions.Keys);
        // Figures of PairedTTestTests: differences 2 2 1 0 2, mean 1.4, sd 0.8944, t 3.5 on 4 df, p 0.0249.
        var figures = dimensions["well-being"];
        Assert.Equal((5, 4), (figures.GetProperty("n").GetInt32(), figures.GetProperty("df").GetInt32()));
        Assert.Equal(3.6, figures.GetProperty("meanBefore").GetDouble(), Precision);
        Assert.Equal(5, figures.GetProperty("meanAfter").GetDouble(), Precision);
        Assert.Equal(1.4, figures.GetProperty("meanDifference").GetDouble(), Precision);
        Assert.Equal(0.8944, figures.GetProperty("sd").GetDouble(), Precision);
        Assert.Equal(3.5, figures.GetProperty("t").GetDouble(), Precision);
        Assert.Equal(0.0249, figures.GetProperty("p").GetDouble(), Precision);
        Assert.Equal(0.2894, figures.GetProperty("ci95")[0].GetDouble(), Precision);
        Assert.True(figures.GetProperty("significant").GetBoolean());
        // Academic success 4 before and after: no change, no variance.
        Assert.Equal((0.0, 1.0, false), (dimensions["academic-success"].GetProperty("meanDifference").GetDouble(),
            dimensions["academic-success"].GetProperty("p").GetDouble(), dimensions["academic-success"].GetProperty("significant").GetBoolean()));

        // Mentors answered nothing: n 0 and nulls, not an error.
        var mentors = await factory.CreateClient(TestUser.Coordinator(scenario.ProgrammeId))
            .GetFromJsonAsync<JsonElement>($"/api/programmes/{scenario.ProgrammeId}/reports/before-after?role=mentor");
        Assert.All(mentors.GetProperty("dimensions").EnumerateArray(), d =>
            Assert.Equal((0, JsonValueKind.Null, JsonValueKind.Null), (d.GetProperty("n").GetInt32(), d.GetProperty("t").ValueKind, d.GetProperty("p").ValueKind)));

        // Baseline rows join the export; a withdrawn research consent takes out both of that person's rows.
        var exported = await scenario.ExportLinesAsync();
        Assert.Equal(1 + 5 + 5 + 1, exported.Count);
        await factory.PublishAsync(new ResearchConsentChanged(scenario.ProgrammeId, pairs[0].MenteeId, Granted: false, EvaluationScenario.Start.AddDays(10)));
        var remaining = await ServiceFactory<Program>.EventuallyAsync(async () =>
        {
            var lines = await scenario.ExportLinesAsync();
            return lines.Count == exported.Count - 2 ? lines : null;
        });
        Assert.Equal(4, remaining.Count(l => l.Split(',')[2] == "closure"));
        Assert.Equal(5, remaining.Count(l => l.Split(',')[2] == "baseline"));
    }

    [Fact]
    public async Task The_before_after_report_checks_its_reader_and_its_role()
    {
        var scenario = new EvaluationScenario(factory);
        await scenario.CreatedAsync("mentoryou");
        var route = $"/api/programmes/{scenario.ProgrammeId}/reports/before-after";

        await SurveysApiTests.AssertProblemAsync(await factory.CreateClient(TestUser.Referent(scenario.ProgrammeId)).GetAsync(route), HttpStatusCode.Forbidden);
        await SurveysApiTests.AssertProblemAsync(await factory.CreateClient(TestUser.Coordinator(Guid.NewGuid())).GetAsync(route), HttpStatusCode.Forbidden);
        await SurveysApiTests.AssertProblemAsync(
            await factory.CreateClient(TestUser.Coordinator(scenario.ProgrammeId)).GetAsync($"{route}?role=referent"), HttpStatusCode.BadRequest, "role");
        await SurveysApiTests.AssertProblemAsync(
            await factory.CreateClient(TestUser.Ops()).GetAsync($"/api/programmes/{Guid.NewGuid()}/reports/before-after"), HttpStatusCode.NotFound);
    }

    private static Dictionary<string, object?> States(int wellBeing, int others) => new()
    {
        ["well-being-state"] = wellBeing,
        ["academic-success-state"] = others,
        ["perseverance-state"] = others,
    };

    private Task<int> ActivationsAppliedAsync() =>
        factory.QueryAsync<EvaluationDbContext, int>(db => db.Set<InboxMessage>().CountAsync(m => m.Consumer.EndsWith("pair-activated")));
}
