using System.Text.Json;
using Mentorship.Evaluation.Apis.Models;
using Mentorship.Evaluation.Apis.Validation;

namespace Mentorship.Evaluation.Tests.Apis;

public sealed class SubmitResponseRequestValidatorTests
{
    private readonly SubmitResponseRequestValidator _validator = new();

    [Fact]
    public void Answers_are_required()
    {
        var result = _validator.Validate(new SubmitResponseRequest(null));

        Assert.Contains(result.Errors, e => e.PropertyName == "Answers");
    }

    [Fact]
    public void An_object_of_answers_passes_to_the_survey_check()
    {
        var answers = new Dictionary<string, JsonElement> { ["satisfaction"] = JsonSerializer.SerializeToElement(4) };

        Assert.True(_validator.Validate(new SubmitResponseRequest(answers)).IsValid);
    }

    [Fact]
    public void Too_many_answers_are_refused()
    {
        var answers = Enumerable.Range(0, SubmitResponseRequestValidator.MaxAnswers + 1)
            .ToDictionary(i => $"item-{i}", _ => JsonSerializer.SerializeToElement(1));

        var result = _validator.Validate(new SubmitResponseRequest(answers));

        Assert.Contains(result.Errors, e => e.PropertyName == "answers");
    }
}
