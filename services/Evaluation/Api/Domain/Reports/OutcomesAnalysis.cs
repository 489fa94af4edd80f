using Mentorship.ServiceDefaults.Http;

namespace Mentorship.Evaluation.Domain.Reports;

/// <summary>Computes the outcomes report from one programme's pairs and survey counts.</summary>
public static class OutcomesAnalysis
{
    public static OutcomesReport Build(Guid programmeId, IReadOnlyList<PairFacts> pairs, IReadOnlyList<SurveyCount> surveys)
    {
        var formed = pairs.Where(p => p.ActivatedAt is not null).ToList();
        var closed = pairs.Where(p => p.ClosedAt is not null).ToList();
        var byOutcome = PairOutcomes.All
            .Concat(closed.Select(p => p.Outcome ?? "").Where(o => !PairOutcomes.All.Contains(o)).Distinct())
            .Select(o => new OutcomeCount(o, PairOutcomes.IsPositive(o), closed.Count(p => (p.Outcome ?? "") == o)))
            .ToList();

        return new OutcomesReport(
            programmeId,
            formed.Count,
            formed.Count(p => p.ClosedAt is null),
            closed.Count,
            byOutcome.Where(o => o.Positive).Sum(o => o.Count),
            byOutcome.Where(o => !o.Positive).Sum(o => o.Count),
            byOutcome,
            Summary.Of(closed
                .Where(p => p.ActivatedAt is not null)
                .Select(p => (p.ClosedAt!.Value - p.ActivatedAt!.Value).TotalDays)
                .ToList()),
            Summary.Of(formed.Select(p => (double)(p.ClosedAt is not null ? p.MeetingsHeld ?? p.LoggedMeetings : p.LoggedMeetings)).ToList()),
            [
                ResponseRate.Of("all", surveys),
                .. Enum.GetValues<RespondentRole>().Select(role => ResponseRate.Of(QueryEnum.Name(role), surveys.Where(s => s.Role == role))),
            ]);
    }
}
