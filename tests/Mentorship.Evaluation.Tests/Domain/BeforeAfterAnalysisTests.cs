using Mentorship.Evaluation.Domain;
using Mentorship.Evaluation.Domain.Reports;

namespace Mentorship.Evaluation.Tests.Domain;

public sealed class BeforeAfterAnalysisTests
{
    [Fact]
    public void Only_respondents_who_answered_both_surveys_of_the_same_pair_are_paired()
    {
        var pair = Guid.NewGuid();
        var mentor = Guid.NewGuid();
        var otherPair = Guid.NewGuid();
        var onlyBefore = Guid.NewGuid();
        StateAnswer[] answers =
        [
            new(pair, mentor, SurveyKind.Baseline, "well-being", 3),
            new(pair, mentor, SurveyKind.Closure, "well-being", 6),
            // The same mentor in another pair: their baseline there pairs only with that pair's closure.
            new(otherPair, mentor, SurveyKind.Baseline, "well-being", 4),
            new(otherPair, mentor, SurveyKind.Closure, "well-being", 5),
            new(pair, onlyBefore, SurveyKind.Baseline, "well-being", 1),
        ];

        var report = BeforeAfterAnalysis.Build(Guid.NewGuid(), RespondentRole.Mentor, ["well-being", "perseverance"], answers);

        Assert.Equal("mentor", report.Role);
        var wellBeing = report.Dimensions[0];
        Assert.Equal(("well-being", 2, 3.5, 5.5, 2.0), (wellBeing.Dimension, wellBeing.N, wellBeing.MeanBefore!.Value, wellBeing.MeanAfter!.Value, wellBeing.MeanDifference!.Value));
        var perseverance = report.Dimensions[1];
        Assert.Equal((0, (double?)null, (double?)null, (double?)null), (perseverance.N, perseverance.MeanBefore, perseverance.T, perseverance.P));
    }
}
