using Mentorship.Evaluation.Domain.Statistics;

namespace Mentorship.Evaluation.Domain.Reports;

/// <summary>
/// Pools the programmes of each institution, and all of them for the total, through the same outcome and
/// one-sample t-test analyses as a programme's own reports: medians and confidence intervals come from
/// the pooled pairs and responses, never from averaging the programmes' figures.
/// </summary>
public static class RollupAnalysis
{
    /// <summary>Below this many respondents effects are withheld: in a cell of two or three a mean can point at a person.</summary>
    public const int MinimumRespondents = 5;

    public static RollupReport Build(
        string template, IReadOnlyList<string> dimensions, IReadOnlyList<RollupProgramme> programmes, Func<Guid, bool> visible)
    {
        var rows = programmes
            .Where(p => visible(p.ProgrammeId))
            .GroupBy(p => p.Institution)
            .OrderBy(g => g.Key is null).ThenBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .Select(g => Row(g.Key, g.ToList(), dimensions))
            .ToList();
        return new RollupReport(template, MinimumRespondents, dimensions, rows, Row(null, programmes, dimensions));
    }

    private static RollupRow Row(string? institution, IReadOnlyList<RollupProgramme> programmes, IReadOnlyList<string> dimensions)
    {
        // The pooled outcomes report belongs to no single programme.
        var outcomes = OutcomesAnalysis.Build(
            Guid.Empty, programmes.SelectMany(p => p.Pairs).ToList(), programmes.SelectMany(p => p.Surveys).ToList());
        var effects = programmes.SelectMany(p => p.Effects).ToList();
        var respondents = effects.Select(e => e.SurveyId).Distinct().Count();
        var suppressed = respondents < MinimumRespondents;
        var meetings = outcomes.MeetingsPerPair;
        return new RollupRow(
            institution,
            programmes.Count,
            outcomes.PairsFormed,
            outcomes.Active,
            outcomes.Closed,
            outcomes.PositiveExits,
            outcomes.NegativeExits,
            outcomes.ByOutcome,
            outcomes.DurationDays,
            (int)Math.Round(meetings.N * (meetings.Mean ?? 0)),
            meetings,
            outcomes.ResponseRates,
            respondents,
            suppressed,
            dimensions.Select(d => RollupEffect.From(
                d, OneSampleTTest.Against0(effects.Where(e => e.Dimension == d).Select(e => (double)e.Value).ToList()), suppressed)).ToList());
    }
}
