namespace Mentorship.Evaluation.Domain.Reports;

/// <summary>Effects of the programme per dimension, POLLEM's splits, and who wanted more meetings.</summary>
public sealed record EffectsReport(
    Guid ProgrammeId,
    int Respondents,
    IReadOnlyList<EffectStatistics> Dimensions,
    EffectSplit ByReportedDimensions,
    EffectSplit ByLoggedMeetings,
    IReadOnlyList<ShareOfRespondents> WantedMoreMeetings);
