using System.Text.Json.Serialization;
using Mentorship.Enrollment.Domain.Eligibility;
using Mentorship.Enrollment.Resources;

namespace Mentorship.Enrollment.Apis.Models;

/// <summary>A rule as a template lists it: its code and settings, and its words in the caller's language.</summary>
public sealed record EligibilityRuleView(
    string Id,
    string Description,
    EligibilityRuleKind Kind,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Answer,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? AllowedValues,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Maximum,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? MinimumLevel,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<EligibilityRuleView>? AnyOf)
{
    public static EligibilityRuleView From(EligibilityRule rule, string language) => new(
        rule.Id,
        EnrollmentTexts.Rule(rule.Id, language),
        rule.Kind,
        rule.Answer,
        rule.AllowedValues,
        rule.Maximum,
        rule.MinimumLevel,
        rule.AnyOf?.Select(part => From(part, language)).ToList());
}
