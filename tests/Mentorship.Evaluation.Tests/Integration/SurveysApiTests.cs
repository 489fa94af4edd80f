using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mentorship.Evaluation.Contracts;
using Mentorship.Testing;

namespace Mentorship.Evaluation.Tests.Integration;

public sealed class SurveysApiTests(EvaluationFactory factory) : IClassFixture<EvaluationFactory>
{
    [Fact]
    public async Task A_respondent_lists_their_own_surveys_filtered_by_status()
    {
        var scenario = new EvaluationScenario(factory);
        await scenario.CreatedAsync("pollem");
        var pair = await scenario.ClosedAsync();
        var client = factory.CreateClient(TestUser.Mentee(pair.MenteeId));

        var pending = await client.GetFromJsonAsync<JsonElement>("/api/me/surveys?status=pending");
        Assert.Equal(1, pending.GetProperty("total").GetInt32());
        var item = pending.GetProperty("items")[0];
        Assert.Equal(pair.MenteeSurveyId, item.GetProperty("id").GetGuid());
        Assert.Equal("mentee", item.GetProperty("role").GetString());
        Assert.Equal("closure", item.GetProperty("kind").GetString());

        var completed = await client.GetFromJsonAsync<JsonElement>("/api/me/surveys?status=completed&page=1&pageSize=10");
        Assert.Equal(0, completed.GetProperty("total").GetInt32());

        var mentorList = await factory.CreateClient(TestUser.Mentor(pair.MentorId)).GetFromJsonAsync<JsonElement>("/api/me/surveys");
        Assert.Equal(pair.MentorSurveyId, Assert.Single(mentorList.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task An_unknown_status_filter_is_refused_by_name()
    {
        var response = await factory.CreateClient(TestUser.Mentee()).GetAsync("/api/me/surveys?status=lost");

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "status");
    }

    [Fact]
    public async Task The_respondent_sees_the_questions_to_render()
    {
        var scenario = new EvaluationScenario(factory);
        await scenario.CreatedAsync("pollem");
        var pair = await scenario.ClosedAsync();

        var survey = await factory.CreateClient(TestUser.Mentee(pair.MenteeId)).GetFromJsonAsync<JsonElement>($"/api/surveys/{pair.MenteeSurveyId}");

        Assert.Equal("pending", survey.GetProperty("status").GetString());
        var items = survey.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!);
        Assert.Equal(("scale", -3, 3), (items["well-being"].GetProperty("type").GetString(), items["well-being"].GetProperty("min").GetInt32(), items["well-being"].GetProperty("max").GetInt32()));
        Assert.Equal("multi-choice", items["benefits"].GetProperty("type").GetString());
        Assert.Equal(24, items["benefits"].GetProperty("options").GetArrayLength());
        Assert.Equal("yes-no", items["more-meetings"].GetProperty("type").GetString());
        Assert.Equal(
            "What effect did the mentoring have on your perseverance in your studies? (-3 = very negative, 0 = none, +3 = very positive)",
            items["perseverance"].GetProperty("label").GetString());
        Assert.Equal(JsonValueKind.Null, survey.GetProperty("answers").ValueKind);
    }

    [Theory]
    [InlineData("nl-BE,nl;q=0.9", "", "Welk effect had de begeleiding op uw welzijn? (-3 = zeer negatief, 0 = geen, +3 = zeer positief)", "Steun", "nl")]
    [InlineData("nl", "?lang=fr", "Quel effet le mentorat a-t-il eu sur votre bien-être ? (-3 = très négatif, 0 = aucun, +3 = très positif)", "Soutien", "fr")]
    [InlineData("de-DE", "?lang=xx", "What effect did the mentoring have on your well-being? (-3 = very negative, 0 = none, +3 = very positive)", "Support", "en")]
    public async Task The_questions_come_in_the_language_asked(string acceptLanguage, string query, string wellBeing, string support, string language)
    {
        var scenario = new EvaluationScenario(factory);
        await scenario.CreatedAsync("pollem");
        var pair = await scenario.ClosedAsync();
        var client = factory.CreateClient(TestUser.Mentee(pair.MenteeId));
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);

        var survey = await client.GetFromJsonAsync<JsonElement>($"/api/surveys/{pair.MenteeSurveyId}{query}");
        var listed = await client.GetFromJsonAsync<JsonElement>($"/api/me/surveys{query}");

        Assert.Equal(language, survey.GetProperty("language").GetString());
        var items = survey.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!);
        Assert.Equal(wellBeing, items["well-being"].GetProperty("label").GetString());
        Assert.Equal(support, items["benefits"].GetProperty("options")[0].GetProperty("label").GetString());
        Assert.Equal(survey.GetProperty("title").GetString(), listed.GetProperty("items")[0].GetProperty("title").GetString());
        Assert.EndsWith("– POLLEM", survey.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Someone_else_may_not_see_or_answer_a_survey()
    {
        var scenario = new EvaluationScenario(factory);
        var pair = await scenario.ClosedAsync();
        var mentor = factory.CreateClient(TestUser.Mentor(pair.MentorId));

        await AssertProblemAsync(await mentor.GetAsync($"/api/surveys/{pair.MenteeSurveyId}"), HttpStatusCode.Forbidden);
        var answer = await mentor.PostAsJsonAsync($"/api/surveys/{pair.MenteeSurveyId}/responses", new { answers = EvaluationScenario.MenteeAnswers() });
        await AssertProblemAsync(answer, HttpStatusCode.Forbidden);

        var coordinator = factory.CreateClient(TestUser.Coordinator(scenario.ProgrammeId));
        await AssertProblemAsync(await coordinator.GetAsync($"/api/surveys/{pair.MenteeSurveyId}"), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_unknown_survey_is_not_found()
    {
        var client = factory.CreateClient(TestUser.Mentee());
        var unknown = Guid.NewGuid();

        await AssertProblemAsync(await client.GetAsync($"/api/surveys/{unknown}"), HttpStatusCode.NotFound);
        var answer = await client.PostAsJsonAsync($"/api/surveys/{unknown}/responses", new { answers = EvaluationScenario.MentorAnswers() });
        await AssertProblemAsync(answer, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_response_without_answers_is_refused()
    {
        var pair = await new EvaluationScenario(factory).ClosedAsync();

        var response = await factory.CreateClient(TestUser.Mentor(pair.MentorId)).PostAsJsonAsync($"/api/surveys/{pair.MentorSurveyId}/responses", new { });

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "answers");
    }

    [Fact]
    public async Task A_refused_response_is_explained_in_the_respondents_language()
    {
        var scenario = new EvaluationScenario(factory);
        await scenario.CreatedAsync("pollem");
        var pair = await scenario.ClosedAsync();
        var answers = EvaluationScenario.MenteeAnswers();
        answers.Remove("perseverance");
        var client = factory.CreateClient(TestUser.Mentee(pair.MenteeId));
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-BE");

        var unanswered = await AssertProblemAsync(
            await client.PostAsJsonAsync($"/api/surveys/{pair.MenteeSurveyId}/responses", new { answers }), HttpStatusCode.BadRequest, "answers.perseverance");
        var empty = await AssertProblemAsync(
            await client.PostAsJsonAsync($"/api/surveys/{pair.MenteeSurveyId}/responses?lang=nl", new { }), HttpStatusCode.BadRequest, "answers");

        Assert.Equal("Veuillez répondre à cette question.", unanswered.GetProperty("answers.perseverance")[0].GetString());
        Assert.StartsWith("answers is verplicht:", empty.GetProperty("answers")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answers_are_checked_against_the_survey_and_every_fault_is_named()
    {
        var scenario = new EvaluationScenario(factory);
        await scenario.CreatedAsync("pollem");
        var pair = await scenario.ClosedAsync();
        var answers = EvaluationScenario.MenteeAnswers(wellBeing: 5);
        answers.Remove("perseverance");
        answers["happiness"] = 3;

        var response = await factory.CreateClient(TestUser.Mentee(pair.MenteeId))
            .PostAsJsonAsync($"/api/surveys/{pair.MenteeSurveyId}/responses", new { answers });

        var errors = await AssertProblemAsync(response, HttpStatusCode.BadRequest, "answers.well-being", "answers.perseverance", "answers.happiness");
        Assert.Equal(3, errors.EnumerateObject().Count());
        var survey = await factory.CreateClient(TestUser.Mentee(pair.MenteeId)).GetFromJsonAsync<JsonElement>($"/api/surveys/{pair.MenteeSurveyId}");
        Assert.Equal("pending", survey.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_survey_is_answered_once_and_its_completion_is_published()
    {
        var scenario = new EvaluationScenario(factory);
        await scenario.CreatedAsync("pollem");
        var pair = await scenario.ClosedAsync();
        var client = factory.CreateClient(TestUser.Mentee(pair.MenteeId));
        var answers = EvaluationScenario.MenteeAnswers(wellBeing: 3, benefits: ["listening", "motivation"], comment: "Très utile");

        var first = await client.PostAsJsonAsync($"/api/surveys/{pair.MenteeSurveyId}/responses", new { answers });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var view = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("completed", view.GetProperty("status").GetString());
        Assert.Equal(3, view.GetProperty("answers").GetProperty("well-being").GetInt32());
        Assert.Equal(["listening", "motivation"], view.GetProperty("answers").GetProperty("benefits").EnumerateArray().Select(b => b.GetString()).Order());
        Assert.True(view.GetProperty("answers").GetProperty("more-meetings").GetBoolean());
        Assert.Equal("Très utile", view.GetProperty("answers").GetProperty("comment").GetString());

        var second = await client.PostAsJsonAsync($"/api/surveys/{pair.MenteeSurveyId}/responses", new { answers });
        await AssertProblemAsync(second, HttpStatusCode.Conflict);

        var completed = Assert.Single(await factory.PublishedAsync<SurveyCompleted>(), e => e.SurveyId == pair.MenteeSurveyId);
        Assert.Equal((pair.MenteeId, pair.PairId, scenario.ProgrammeId), (completed.RespondentId, completed.PairId, completed.ProgrammeId));

        var mine = await client.GetFromJsonAsync<JsonElement>("/api/me/surveys?status=completed");
        Assert.Equal(pair.MenteeSurveyId, Assert.Single(mine.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Answering_twice_or_someone_elses_survey_is_refused_in_the_respondents_language()
    {
        var scenario = new EvaluationScenario(factory);
        await scenario.CreatedAsync("pollem");
        var pair = await scenario.ClosedAsync();
        var mentee = factory.CreateClient(TestUser.Mentee(pair.MenteeId));
        mentee.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-BE");
        var mentor = factory.CreateClient(TestUser.Mentor(pair.MentorId));
        mentor.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl");
        var answers = EvaluationScenario.MenteeAnswers(wellBeing: 1, benefits: ["listening"], comment: "Merci");
        Assert.Equal(HttpStatusCode.Created, (await mentee.PostAsJsonAsync($"/api/surveys/{pair.MenteeSurveyId}/responses", new { answers })).StatusCode);

        var twice = await mentee.PostAsJsonAsync($"/api/surveys/{pair.MenteeSurveyId}/responses", new { answers });
        var notTheirs = await mentor.PostAsJsonAsync($"/api/surveys/{pair.MenteeSurveyId}/responses", new { answers });

        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal("Vous avez déjà répondu à ce questionnaire ; on n'y répond qu'une seule fois.", (await twice.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, notTheirs.StatusCode);
        var forbidden = await notTheirs.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(
            ("U mag dit niet doen.", "Alleen de persoon naar wie de vragenlijst werd verstuurd, kan hem invullen."),
            (forbidden.GetProperty("title").GetString(), forbidden.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task A_mentor_answers_the_shorter_mentor_survey()
    {
        var pair = await new EvaluationScenario(factory).ClosedAsync();
        var client = factory.CreateClient(TestUser.Mentor(pair.MentorId));

        var withEffects = EvaluationScenario.MentorAnswers();
        withEffects["well-being"] = 2;
        var refused = await client.PostAsJsonAsync($"/api/surveys/{pair.MentorSurveyId}/responses", new { answers = withEffects });
        await AssertProblemAsync(refused, HttpStatusCode.BadRequest, "answers.well-being");

        var accepted = await client.PostAsJsonAsync($"/api/surveys/{pair.MentorSurveyId}/responses", new { answers = EvaluationScenario.MentorAnswers() });
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
    }

    /// <summary>Asserts a ProblemDetails with this status and, for 400, these fields in its errors map; returns the map.</summary>
    public static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, params string[] fields)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        if (fields.Length == 0)
            return default;
        var errors = problem.GetProperty("errors");
        Assert.All(fields, field => Assert.True(errors.TryGetProperty(field, out _), $"errors has no '{field}': {errors}"));
        return errors;
    }
}
