using Mentorship.Evaluation.Domain;
using Mentorship.Evaluation.Domain.Reports;

namespace Mentorship.Evaluation.Tests.Domain;

public sealed class OutcomesAnalysisTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Pairs_are_counted_by_state_and_outcome_with_durations_and_meetings()
    {
        PairFacts[] pairs =
        [
            new(Start, Start.AddDays(30), "job", 4, 3),
            new(Start, Start.AddDays(90), "dropout-mentee", 2, 2),
            new(Start, Start.AddDays(60), "job", 6, 0),
            new(Start, null, null, null, 5),
            new(null, Start.AddDays(5), "dropout-mentor", 0, 0),
        ];

        var report = OutcomesAnalysis.Build(Guid.NewGuid(), pairs, []);

        Assert.Equal((4, 1, 4), (report.PairsFormed, report.Active, report.Closed));
        Assert.Equal((2, 2), (report.PositiveExits, report.NegativeExits));
        Assert.Contains(new OutcomeCount("job", true, 2), report.ByOutcome);
        Assert.Contains(new OutcomeCount("internship", true, 0), report.ByOutcome);
        Assert.Contains(new OutcomeCount("dropout-mentor", false, 1), report.ByOutcome);
        Assert.Equal(8, report.ByOutcome.Count);
        Assert.Equal(new Summary(3, 60, 60), report.DurationDays);
        // Closed pairs count Pairing's number, the active one its logged meetings: 4, 2, 6, 5.
        Assert.Equal(new Summary(4, 4.25, 4.5), report.MeetingsPerPair);
    }

    [Fact]
    public void Response_rates_are_given_overall_and_per_role()
    {
        SurveyCount[] surveys =
        [
            new(RespondentRole.Mentee, SurveyStatus.Completed, 3), new(RespondentRole.Mentee, SurveyStatus.Pending, 1),
            new(RespondentRole.Mentor, SurveyStatus.Pending, 4),
        ];

        var report = OutcomesAnalysis.Build(Guid.NewGuid(), [], surveys);

        Assert.Equal(
            [new ResponseRate("all", 8, 3, 0.375), new ResponseRate("mentee", 4, 3, 0.75), new ResponseRate("mentor", 4, 0, 0)],
            report.ResponseRates);
        Assert.Equal(new Summary(0, null, null), report.DurationDays);
    }

    [Fact]
    public void An_outcome_unknown_to_the_report_is_still_counted()
    {
        var report = OutcomesAnalysis.Build(Guid.NewGuid(), [new(Start, Start.AddDays(1), "moved-abroad", 1, 1)], []);

        Assert.Contains(new OutcomeCount("moved-abroad", false, 1), report.ByOutcome);
        Assert.Equal(1, report.Closed);
    }
}
