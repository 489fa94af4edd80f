namespace Mentorship.Evaluation.Domain.Reports;

/// <summary>
/// The programmes of one institution summed (or of the whole federation, for the total): pairs formed,
/// active and closed by outcome, duration and meetings of the pooled pairs, closure-survey response rates,
/// and the effects over the pooled respondents, withheld below <see cref="RollupAnalysis.MinimumRespondents"/>.
/// </summary>
public sealed record RollupRow(
    string? Institution,
    int Programmes,
    int PairsFormed,
    int Active,
    int Closed,
    int PositiveExits,
    int NegativeExits,
    IReadOnlyList<OutcomeCount> ByOutcome,
    Summary DurationDays,
    int Meetings,
    Summary MeetingsPerPair,
    IReadOnlyList<ResponseRate> ResponseRates,
    int Respondents,
    bool Suppressed,
    IReadOnlyList<RollupEffect> Effects);
