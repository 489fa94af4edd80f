using System.Globalization;
using System.Text.Json;

namespace Mentorship.Enrollment.Domain.Eligibility;

/// <summary>Decides each rule on the facts and writes down why, so a coordinator can check the verdict.</summary>
public static class EligibilityEvaluator
{
    private static readonly string[] CefrLevels = ["A1", "A2", "B1", "B2", "C1", "C2"];

    public static IReadOnlyList<EligibilityVerdict> Evaluate(IEnumerable<EligibilityRule> rules, ApplicantFacts facts) =>
        rules.Select(rule => Evaluate(rule, facts)).ToList();

    public static EligibilityVerdict Evaluate(EligibilityRule rule, ApplicantFacts facts) => rule.Kind switch
    {
        EligibilityRuleKind.AnswerIsTrue => AnswerIsTrue(rule, facts),
        EligibilityRuleKind.AnswerIn => AnswerIn(rule, facts),
        EligibilityRuleKind.MinimumLanguageLevel => MinimumLanguageLevel(rule, facts),
        EligibilityRuleKind.MaximumAge => MaximumAge(rule, facts),
        EligibilityRuleKind.MaximumYearsSince => MaximumYearsSince(rule, facts),
        EligibilityRuleKind.AnyOf => AnyOf(rule, facts),
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule.Kind, "Unknown eligibility rule kind."),
    };

    /// <summary>
    /// The fields a rule found no answer in ("answers.foreignBackground", "person.birthDate"): empty when it
    /// was decided on what was given. An either-rule is unanswered only when none of its parts was answered.
    /// </summary>
    public static IReadOnlyList<string> Unanswered(EligibilityRule rule, ApplicantFacts facts) => rule.Kind switch
    {
        EligibilityRuleKind.MaximumAge => facts.Age is null ? ["person.birthDate"] : [],
        EligibilityRuleKind.AnyOf => rule.AnyOf!.Select(inner => Unanswered(inner, facts)).ToList() is var parts && parts.All(p => p.Count > 0)
            ? parts.SelectMany(p => p).ToList()
            : [],
        _ => TryAnswer(rule, facts, out _) ? [] : [$"answers.{rule.Answer}"],
    };

    private static EligibilityVerdict AnswerIsTrue(EligibilityRule rule, ApplicantFacts facts)
    {
        if (!TryAnswer(rule, facts, out var value))
            return Missing(rule);
        var passed = value.ValueKind == JsonValueKind.True;
        return new(rule.Id, passed, $"answers.{rule.Answer} = {value.GetRawText()}");
    }

    private static EligibilityVerdict AnswerIn(EligibilityRule rule, ApplicantFacts facts)
    {
        if (!TryAnswer(rule, facts, out var value))
            return Missing(rule);
        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
        var passed = rule.AllowedValues!.Contains(text, StringComparer.OrdinalIgnoreCase);
        return new(rule.Id, passed, $"answers.{rule.Answer} = {text}; allowed: {string.Join(", ", rule.AllowedValues!)}");
    }

    private static EligibilityVerdict MinimumLanguageLevel(EligibilityRule rule, ApplicantFacts facts)
    {
        if (!TryAnswer(rule, facts, out var value))
            return Missing(rule);
        var level = value.ValueKind == JsonValueKind.String ? value.GetString()!.ToUpperInvariant() : "";
        var rank = Array.IndexOf(CefrLevels, level);
        if (rank < 0)
            return new(rule.Id, false, $"answers.{rule.Answer} = {value.GetRawText()} is not a CEFR level (A1 to C2)");
        var passed = rank >= Array.IndexOf(CefrLevels, rule.MinimumLevel);
        return new(rule.Id, passed, $"answers.{rule.Answer} = {level}; minimum {rule.MinimumLevel}");
    }

    private static EligibilityVerdict MaximumAge(EligibilityRule rule, ApplicantFacts facts) =>
        facts.Age is { } age
            ? new(rule.Id, age <= rule.Maximum, $"age {age}; maximum {rule.Maximum}")
            : new(rule.Id, false, "birth date not given");

    private static EligibilityVerdict MaximumYearsSince(EligibilityRule rule, ApplicantFacts facts)
    {
        if (!TryAnswer(rule, facts, out var value))
            return Missing(rule);
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var year) || year > facts.Today.Year)
            return new(rule.Id, false, $"answers.{rule.Answer} = {value.GetRawText()} is not a past year");
        var years = facts.Today.Year - year;
        return new(rule.Id, years <= rule.Maximum,
            string.Create(CultureInfo.InvariantCulture, $"answers.{rule.Answer} = {year}, {years} year(s) ago; maximum {rule.Maximum}"));
    }

    private static EligibilityVerdict AnyOf(EligibilityRule rule, ApplicantFacts facts)
    {
        var verdicts = rule.AnyOf!.Select(inner => Evaluate(inner, facts)).ToList();
        var passed = verdicts.Any(v => v.Passed);
        return new(rule.Id, passed, string.Join(" | ", verdicts.Select(v => $"{v.Rule}: {(v.Passed ? "passed" : "failed")} ({v.Evidence})")));
    }

    private static bool TryAnswer(EligibilityRule rule, ApplicantFacts facts, out JsonElement value) =>
        facts.Answers.TryGetValue(rule.Answer!, out value) && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined);

    private static EligibilityVerdict Missing(EligibilityRule rule) =>
        new(rule.Id, false, $"answers.{rule.Answer} not given");
}
