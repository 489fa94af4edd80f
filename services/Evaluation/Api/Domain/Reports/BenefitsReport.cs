namespace Mentorship.Evaluation.Domain.Reports;

/// <summary>Perceived benefits by frequency, most chosen first; respondents are the completed surveys that asked about them.</summary>
public sealed record BenefitsReport(Guid ProgrammeId, int Respondents, IReadOnlyList<BenefitFrequency> Benefits);
