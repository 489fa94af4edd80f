using Mentorship.Evaluation.Domain.Statistics;

namespace Mentorship.Evaluation.Domain.Reports;

/// <summary>The closure effects of two programmes (say two years of one POLLEM-like programme) compared per dimension; differences are A - B.</summary>
public sealed record CohortComparisonReport(Guid ProgrammeId, Guid WithProgrammeId, IReadOnlyList<CohortDifference> Dimensions)
{
    public static CohortComparisonReport Build(
        Guid programmeId,
        Guid withProgrammeId,
        IReadOnlyList<string> dimensions,
        ILookup<string, double> effectsA,
        ILookup<string, double> effectsB) => new(
            programmeId,
            withProgrammeId,
            dimensions.Select(d => CohortDifference.From(d, WelchTTest.Compare(effectsA[d].ToList(), effectsB[d].ToList()))).ToList());
}
