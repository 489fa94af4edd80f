using Mentorship.Evaluation.Domain;
using Mentorship.Evaluation.Domain.Reports;
using Mentorship.Evaluation.Domain.Statistics;

namespace Mentorship.Evaluation.Tests.Domain;

public sealed class EffectsAnalysisTests
{
    private static readonly Guid ProgrammeId = Guid.NewGuid();

    private static EffectRespondent Respondent(int wellBeing, int professional, int personal, LoggedDimensions? logged = null) =>
        new(new Dictionary<string, int> { ["well-being"] = wellBeing }, professional, personal, logged);

    [Fact]
    public void Each_dimension_is_tested_against_zero_over_its_respondents()
    {
        var respondents = new[] { 1, 2, 3, 2, 2 }.Select(v => Respondent(v, 0, 0)).ToList();

        var report = EffectsAnalysis.Build(ProgrammeId, ["well-being", "perseverance"], respondents, []);

        Assert.Equal(5, report.Respondents);
        var wellBeing = report.Dimensions[0];
        Assert.Equal(("well-being", 5, 4), (wellBeing.Dimension, wellBeing.N, wellBeing.Df!.Value));
        Assert.Equal(6.3246, wellBeing.T!.Value, 4);
        Assert.True(wellBeing.Significant);
        Assert.Equal(new EffectStatistics("perseverance", 0, null, null, null, null, null, null, false), report.Dimensions[1]);
    }

    [Fact]
    public void Effects_are_split_by_whether_professional_and_personal_were_both_addressed_at_least_quite_a_lot()
    {
        EffectRespondent[] respondents =
        [
            Respondent(3, 2, 2), Respondent(2, 3, 2), Respondent(3, 3, 3),
            Respondent(0, 3, 1), Respondent(1, 0, 0), Respondent(-1, 1, 3),
        ];

        var split = EffectsAnalysis.Build(ProgrammeId, ["well-being"], respondents, []).ByReportedDimensions.Dimensions.Single();

        Assert.Equal(3, split.Addressed.N);
        Assert.Equal(8.0 / 3, split.Addressed.Mean!.Value, 10);
        Assert.Equal(3, split.Others.N);
        Assert.Equal(0, split.Others.Mean!.Value, 10);
        Assert.Equal(PearsonCorrelation.Of([(4, 3), (5, 2), (6, 3), (4, 0), (0, 1), (4, -1)]), split.Correlation);
    }

    [Fact]
    public void The_logged_meetings_split_leaves_out_pairs_without_logged_meetings()
    {
        EffectRespondent[] respondents =
        [
            Respondent(3, 0, 0, new LoggedDimensions(4, 2, 1)),
            Respondent(2, 0, 0, new LoggedDimensions(2, 2, 0)),
            Respondent(1, 0, 0, null),
        ];

        var split = EffectsAnalysis.Build(ProgrammeId, ["well-being"], respondents, []).ByLoggedMeetings.Dimensions.Single();

        Assert.Equal((1, 3.0), (split.Addressed.N, split.Addressed.Mean!.Value));
        Assert.Equal((1, 2.0), (split.Others.N, split.Others.Mean!.Value));
        Assert.Equal(2, split.Correlation.N);
    }

    [Fact]
    public void The_share_who_wanted_more_meetings_is_given_overall_and_per_role()
    {
        MoreMeetingsAnswer[] answers =
        [
            new(RespondentRole.Mentee, true), new(RespondentRole.Mentee, true), new(RespondentRole.Mentee, false),
            new(RespondentRole.Mentor, false),
        ];

        var report = EffectsAnalysis.Build(ProgrammeId, [], [], answers);

        Assert.Equal(
            [new ShareOfRespondents("all", 4, 2, 0.5), new ShareOfRespondents("mentee", 3, 2, 2.0 / 3), new ShareOfRespondents("mentor", 1, 0, 0)],
            report.WantedMoreMeetings);
    }
}
