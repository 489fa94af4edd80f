using Mentorship.Evaluation.Domain.Statistics;
using Mentorship.ServiceDefaults.Http;

namespace Mentorship.Evaluation.Domain.Reports;

/// <summary>
/// Pairs each respondent's baseline rating of a dimension with their closure rating in the same pair (a
/// mentor of several pairs answers once per pair) and tests the differences; whoever answered only one
/// of the two is left out of that dimension.
/// </summary>
public static class BeforeAfterAnalysis
{
    public static BeforeAfterReport Build(Guid programmeId, RespondentRole role, IReadOnlyList<string> dimensions, IReadOnlyList<StateAnswer> answers)
    {
        var byDimension = answers.ToLookup(a => a.Dimension);
        return new BeforeAfterReport(
            programmeId,
            QueryEnum.Name(role),
            dimensions.Select(d => BeforeAfterStatistics.From(d, PairedTTest.Of(Pairs(byDimension[d])))).ToList());
    }

    private static List<(double Before, double After)> Pairs(IEnumerable<StateAnswer> answers) =>
        answers
            .GroupBy(a => (a.PairId, a.RespondentId))
            .Select(g => (
                Before: g.FirstOrDefault(a => a.Kind == SurveyKind.Baseline),
                After: g.FirstOrDefault(a => a.Kind == SurveyKind.Closure)))
            .Where(p => p.Before is not null && p.After is not null)
            .Select(p => ((double)p.Before!.Value, (double)p.After!.Value))
            .ToList();
}
