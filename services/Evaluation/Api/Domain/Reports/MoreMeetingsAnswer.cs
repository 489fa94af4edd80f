namespace Mentorship.Evaluation.Domain.Reports;

/// <summary>One respondent's answer to "would you have wanted more meetings?".</summary>
public sealed record MoreMeetingsAnswer(RespondentRole Role, bool WantedMore);
