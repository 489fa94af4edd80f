namespace Mentorship.Evaluation.Domain.Reports;

/// <summary>One completed survey with effect answers, what its respondent said was addressed, and its pair's meeting log (null when none was logged).</summary>
public sealed record EffectRespondent(
    IReadOnlyDictionary<string, int> Effects,
    int? ProfessionalAddressed,
    int? PersonalAddressed,
    LoggedDimensions? Logged);
