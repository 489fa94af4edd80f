using System.Text.Json.Serialization;

namespace Mentorship.Enrollment.Domain.Eligibility;

/// <summary>
/// One eligibility rule of a programme, as data so templates can list them and coordinators can read
/// them. Evaluated on the application's answers and age, with the evidence kept.
/// </summary>
public sealed record EligibilityRule(
    string Id,
    string Description,
    EligibilityRuleKind Kind,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Answer = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? AllowedValues = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Maximum = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? MinimumLevel = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<EligibilityRule>? AnyOf = null)
{
    public static EligibilityRule IsTrue(string id, string answer, string description) =>
        new(id, description, EligibilityRuleKind.AnswerIsTrue, Answer: answer);

    public static EligibilityRule In(string id, string answer, IReadOnlyList<string> values, string description) =>
        new(id, description, EligibilityRuleKind.AnswerIn, Answer: answer, AllowedValues: values);

    public static EligibilityRule LanguageLevel(string id, string answer, string minimum, string description) =>
        new(id, description, EligibilityRuleKind.MinimumLanguageLevel, Answer: answer, MinimumLevel: minimum);

    public static EligibilityRule MaxAge(string id, int maximum, string description) =>
        new(id, description, EligibilityRuleKind.MaximumAge, Maximum: maximum);

    public static EligibilityRule MaxYearsSince(string id, string answer, int maximum, string description) =>
        new(id, description, EligibilityRuleKind.MaximumYearsSince, Answer: answer, Maximum: maximum);

    public static EligibilityRule Either(string id, string description, params EligibilityRule[] rules) =>
        new(id, description, EligibilityRuleKind.AnyOf, AnyOf: rules);
}
