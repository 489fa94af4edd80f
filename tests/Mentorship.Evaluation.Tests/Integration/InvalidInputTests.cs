using System.Net.Http.Json;
using Mentorship.Evaluation.Data;
using Mentorship.Evaluation.Domain;
using Mentorship.Testing;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Evaluation.Tests.Integration;

/// <summary>Issue 11: input the service cannot use is a 400 naming the field and the rule, never a 500.</summary>
public sealed class InvalidInputTests(EvaluationFactory factory) : IClassFixture<EvaluationFactory>
{
    [Fact]
    public async Task A_comment_longer_than_the_stored_column_is_refused_naming_the_answer_and_the_limit()
    {
        var pair = await new EvaluationScenario(factory).ClosedAsync();
        var answers = EvaluationScenario.MentorAnswers();
        answers["comment"] = new string('c', SurveyAnswer.TextMaxLength + 1);

        var response = await factory.CreateClient(TestUser.Mentor(pair.MentorId))
            .PostAsJsonAsync($"/api/surveys/{pair.MentorSurveyId}/responses", new { answers });

        Assert.Contains("2000", await response.ValidationErrorAsync("answers.comment"), StringComparison.Ordinal);
        Assert.False(await factory.QueryAsync<EvaluationDbContext, bool>(db => db.Answers.AnyAsync(a => a.SurveyId == pair.MentorSurveyId)));
    }

    [Theory]
    [InlineData("""{ "answers": null }""", "answers")]
    [InlineData("""{ "answers": 5 }""", "answers")]
    [InlineData("""{ "answers": ["satisfaction"] }""", "answers")]
    [InlineData("not JSON", "body")]
    public async Task A_response_without_readable_answers_is_refused_naming_the_field(string body, string field)
    {
        var pair = await new EvaluationScenario(factory).ClosedAsync();

        var response = await factory.CreateClient(TestUser.Mentor(pair.MentorId))
            .PostRawJsonAsync($"/api/surveys/{pair.MentorSurveyId}/responses", body);

        await response.ValidationErrorAsync(field);
    }
}
