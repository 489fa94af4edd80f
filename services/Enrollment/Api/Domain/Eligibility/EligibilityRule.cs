using System.Text.Json.Serialization;

namespace Mentorship.Enrollment.Domain.Eligibility;

/// <summary>
/// One eligibility rule of a programme, as data so templates can list them and coordinators can read
/// them. Evaluated on the application's answers and age, with the evidence kept. Its words, in each
/// language, are in the texts under "rule.{Id}": one id means one rule wherever it is used.
/// </summary>
public sealed record EligibilityRule(
    string Id,
    EligibilityRuleKind Kind,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Answer = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? AllowedValues = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Maximum = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? MinimumLevel = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<EligibilityRule>? AnyOf = null)
{
    public static EligibilityRule IsTrue(string id, string answer) =>
        new(id, EligibilityRuleKind.AnswerIsTrue, Answer: answer);

    public static EligibilityRule In(string id, string answer, IReadOnlyList<string> values) =>
        new(id, EligibilityRuleKind.AnswerIn, Answer: answer, AllowedValues: values);

    public static EligibilityRule LanguageLevel(string id, string answer, string minimum) =>
        new(id, EligibilityRuleKind.MinimumLanguageLevel, Answer: answer, MinimumLevel: minimum);

    public static EligibilityRule MaxAge(string id, int maximum) =>
        new(id, EligibilityRuleKind.MaximumAge, Maximum: maximum);

    public static EligibilityRule MaxYearsSince(string id, string answer, int maximum) =>
        new(id, EligibilityRuleKind.MaximumYearsSince, Answer: answer, Maximum: maximum);

    public static EligibilityRule Either(string id, params EligibilityRule[] rules) =>
        new(id, EligibilityRuleKind.AnyOf, AnyOf: rules);

    /// <summary>This rule and the rules it is made of, depth first.</summary>
    public IEnumerable<EligibilityRule> SelfAndParts() => [this, .. (AnyOf ?? []).SelectMany(part => part.SelfAndParts())];
}
