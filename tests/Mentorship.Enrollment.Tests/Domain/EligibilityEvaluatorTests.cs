using System.Text.Json;
using Mentorship.Enrollment.Domain.Eligibility;

namespace Mentorship.Enrollment.Tests.Domain;

public sealed class EligibilityEvaluatorTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static ApplicantFacts Facts(string answersJson, int? age = 30) =>
        new(JsonDocument.Parse(answersJson).RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone()), age, Today);

    [Theory]
    [InlineData("""{ "workPermit": true }""", true)]
    [InlineData("""{ "workPermit": false }""", false)]
    [InlineData("""{ "workPermit": "yes" }""", false)]
    [InlineData("""{ }""", false)]
    [InlineData("""{ "workPermit": null }""", false)]
    public void A_true_answer_rule_passes_only_on_the_boolean_true(string answers, bool passes)
    {
        var rule = EligibilityRule.IsTrue("work-permit", "workPermit");

        var verdict = EligibilityEvaluator.Evaluate(rule, Facts(answers));

        Assert.Equal(passes, verdict.Passed);
        Assert.Equal("work-permit", verdict.Rule);
        Assert.Contains("workPermit", verdict.Evidence);
    }

    [Theory]
    [InlineData("B1", true)]
    [InlineData("b2", true)]
    [InlineData("C2", true)]
    [InlineData("A2", false)]
    [InlineData("fluent", false)]
    public void Language_level_compares_cefr_ranks(string level, bool passes)
    {
        var rule = EligibilityRule.LanguageLevel("french", "frenchLevel", "B1");

        var verdict = EligibilityEvaluator.Evaluate(rule, Facts($$"""{ "frenchLevel": "{{level}}" }"""));

        Assert.Equal(passes, verdict.Passed);
    }

    [Fact]
    public void An_allowed_value_rule_states_the_allowed_values_in_its_evidence()
    {
        var rule = EligibilityRule.In("stage", "thesisStage", ["middle", "final"]);

        var verdict = EligibilityEvaluator.Evaluate(rule, Facts("""{ "thesisStage": "start" }"""));

        Assert.False(verdict.Passed);
        Assert.Equal("answers.thesisStage = start; allowed: middle, final", verdict.Evidence);
    }

    [Fact]
    public void Maximum_age_fails_without_a_birth_date()
    {
        var rule = EligibilityRule.MaxAge("young", 35);

        Assert.True(EligibilityEvaluator.Evaluate(rule, Facts("{}", age: 35)).Passed);
        Assert.False(EligibilityEvaluator.Evaluate(rule, Facts("{}", age: 36)).Passed);
        Assert.Equal("birth date not given", EligibilityEvaluator.Evaluate(rule, Facts("{}", age: null)).Evidence);
    }

    [Theory]
    [InlineData(2021, true)]
    [InlineData(2020, false)]
    [InlineData(2030, false)]
    public void Years_since_counts_from_today(int thesisYear, bool passes)
    {
        var rule = EligibilityRule.MaxYearsSince("recent", "thesisYear", 5);

        var verdict = EligibilityEvaluator.Evaluate(rule, Facts($$"""{ "thesisYear": {{thesisYear}} }"""));

        Assert.Equal(passes, verdict.Passed);
    }

    [Fact]
    public void Any_of_passes_when_one_alternative_passes_and_keeps_both_evidences()
    {
        var rule = EligibilityRule.Either("early-career",
            EligibilityRule.MaxAge("under-35", 35),
            EligibilityRule.MaxYearsSince("recent-thesis", "thesisYear", 5));

        var verdict = EligibilityEvaluator.Evaluate(rule, Facts("""{ "thesisYear": 2023 }""", age: 41));

        Assert.True(verdict.Passed);
        Assert.Contains("under-35: failed (age 41; maximum 35)", verdict.Evidence);
        Assert.Contains("recent-thesis: passed", verdict.Evidence);
    }
}
