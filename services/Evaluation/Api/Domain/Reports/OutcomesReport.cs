namespace Mentorship.Evaluation.Domain.Reports;

/// <summary>
/// What funders ask for. Formed pairs are those that were activated (contract signed); active ones are
/// not closed yet; closed counts every closure, by outcome. Durations run from activation to closure;
/// meetings per pair are Pairing's count at closure, or the meetings logged so far for active pairs.
/// </summary>
public sealed record OutcomesReport(
    Guid ProgrammeId,
    int PairsFormed,
    int Active,
    int Closed,
    int PositiveExits,
    int NegativeExits,
    IReadOnlyList<OutcomeCount> ByOutcome,
    Summary DurationDays,
    Summary MeetingsPerPair,
    IReadOnlyList<ResponseRate> ResponseRates);
