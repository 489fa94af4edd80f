namespace Mentorship.Web.Gateway.Models;

/// <summary>Evaluation's outcomes report: pairs formed, active and closed by outcome, durations, meetings and response rates.</summary>
public sealed record OutcomesReport(
    int PairsFormed,
    int Active,
    int Closed,
    int PositiveExits,
    int NegativeExits,
    IReadOnlyList<OutcomeCount> ByOutcome,
    MeasureSummary DurationDays,
    MeasureSummary MeetingsPerPair,
    IReadOnlyList<ResponseRate> ResponseRates);
