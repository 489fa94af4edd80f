namespace Mentorship.Evaluation.Domain.Reports;

/// <summary>Per dimension, how the respondents of one role rated it at the baseline and at closure.</summary>
public sealed record BeforeAfterReport(Guid ProgrammeId, string Role, IReadOnlyList<BeforeAfterStatistics> Dimensions);
