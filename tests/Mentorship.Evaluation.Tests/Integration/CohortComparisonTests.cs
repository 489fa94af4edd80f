using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mentorship.ServiceDefaults.Identity;
using Mentorship.Testing;

namespace Mentorship.Evaluation.Tests.Integration;

/// <summary>Year-over-year: the closure effects of two programmes compared by Welch's t-test, for staff of both.</summary>
public sealed class CohortComparisonTests(EvaluationFactory factory) : IClassFixture<EvaluationFactory>
{
    private const int Precision = 4;

    [Fact]
    public async Task Two_cohorts_are_compared_per_dimension_with_hand_computed_welch_figures()
    {
        var thisYear = await CohortAsync([1, 2, 3, 2, 2]);
        var lastYear = await CohortAsync([0, 1, -1, 0, 1, -1]);
        var both = factory.CreateClient(new TestUser(Guid.NewGuid(), [PlatformRoles.Researcher], [thisYear, lastYear]));

        var report = await both.GetFromJsonAsync<JsonElement>($"/api/programmes/{thisYear}/reports/cohort-comparison?with={lastYear}");

        Assert.Equal((thisYear, lastYear), (report.GetProperty("programmeId").GetGuid(), report.GetProperty("withProgrammeId").GetGuid()));
        var dimensions = report.GetProperty("dimensions").EnumerateArray().ToDictionary(d => d.GetProperty("dimension").GetString()!);
        Assert.Equal(["well-being", "academic-success", "perseverance"], dimensions.Keys);
        // Figures of WelchTTestTests: t 4.1404 on 8.9908 df, p 0.0025, interval 0.9071..3.0929.
        var wellBeing = dimensions["well-being"];
        Assert.Equal((5, 6), (wellBeing.GetProperty("nA").GetInt32(), wellBeing.GetProperty("nB").GetInt32()));
        Assert.Equal((2.0, 0.0, 2.0), (wellBeing.GetProperty("meanA").GetDouble(), wellBeing.GetProperty("meanB").GetDouble(), wellBeing.GetProperty("difference").GetDouble()));
        Assert.Equal(4.1404, wellBeing.GetProperty("t").GetDouble(), Precision);
        Assert.Equal(8.9908, wellBeing.GetProperty("df").GetDouble(), Precision);
        Assert.Equal(0.0025, wellBeing.GetProperty("p").GetDouble(), Precision);
        Assert.Equal(0.9071, wellBeing.GetProperty("ci95")[0].GetDouble(), Precision);
        Assert.Equal(3.0929, wellBeing.GetProperty("ci95")[1].GetDouble(), Precision);
        Assert.True(wellBeing.GetProperty("significant").GetBoolean());
        // Perseverance 1 everywhere: no difference.
        Assert.Equal((0.0, 1.0, false), (dimensions["perseverance"].GetProperty("difference").GetDouble(),
            dimensions["perseverance"].GetProperty("p").GetDouble(), dimensions["perseverance"].GetProperty("significant").GetBoolean()));

        await SurveysApiTests.AssertProblemAsync(
            await factory.CreateClient(TestUser.Coordinator(thisYear)).GetAsync($"/api/programmes/{thisYear}/reports/cohort-comparison?with={lastYear}"),
            HttpStatusCode.Forbidden);
        await SurveysApiTests.AssertProblemAsync(
            await factory.CreateClient(TestUser.Coordinator(lastYear)).GetAsync($"/api/programmes/{thisYear}/reports/cohort-comparison?with={lastYear}"),
            HttpStatusCode.Forbidden);
        await SurveysApiTests.AssertProblemAsync(
            await factory.CreateClient(TestUser.Ops()).GetAsync($"/api/programmes/{thisYear}/reports/cohort-comparison?with={Guid.NewGuid()}"),
            HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?with=")]
    [InlineData("?with=last-year")]
    public async Task A_missing_or_malformed_other_programme_is_refused_naming_with(string query)
    {
        var programmeId = Guid.NewGuid();

        var response = await factory.CreateClient(TestUser.Coordinator(programmeId))
            .GetAsync($"/api/programmes/{programmeId}/reports/cohort-comparison{query}");

        await SurveysApiTests.AssertProblemAsync(response, HttpStatusCode.BadRequest, "with");
    }

    private async Task<Guid> CohortAsync(int[] wellBeing)
    {
        var scenario = new EvaluationScenario(factory);
        await scenario.CreatedAsync("pollem");
        foreach (var value in wellBeing)
        {
            var pair = await scenario.ClosedAsync();
            await scenario.AnswerAsync(pair.MenteeId, pair.MenteeSurveyId, EvaluationScenario.MenteeAnswers(wellBeing: value, academicSuccess: value));
        }

        return scenario.ProgrammeId;
    }
}
