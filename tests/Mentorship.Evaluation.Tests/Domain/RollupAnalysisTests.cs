using Mentorship.Evaluation.Domain;
using Mentorship.Evaluation.Domain.Reports;

namespace Mentorship.Evaluation.Tests.Domain;

public sealed class RollupAnalysisTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly string[] Dimensions = ["career-clarity"];

    [Fact]
    public void Programmes_of_one_institution_are_pooled_into_one_row_and_every_programme_into_the_total()
    {
        var ulb2025 = Programme("ULB", [Closed(30, "job", 2), Closed(90, "term-reached", 4)], [1, 2, 3]);
        var ulb2026 = Programme("ULB", [Closed(60, "job", 6), Active(3)], [2, 2, 2]);
        var umons = Programme("UMONS", [Closed(120, "studies", 8)], [-1]);

        var report = RollupAnalysis.Build("team-mentorship", Dimensions, [umons, ulb2025, ulb2026], _ => true);

        Assert.Equal(["ULB", "UMONS"], report.Rows.Select(r => r.Institution));
        var ulb = report.Rows[0];
        Assert.Equal((2, 4, 1, 3, 2, 1), (ulb.Programmes, ulb.PairsFormed, ulb.Active, ulb.Closed, ulb.PositiveExits, ulb.NegativeExits));
        // Durations 30, 90, 60: the median of the pooled pairs, not of the programmes' medians (60 and 60).
        Assert.Equal(new Summary(3, 60, 60), ulb.DurationDays);
        Assert.Equal(2 + 4 + 6 + 3, ulb.Meetings);
        // Six respondents 1, 2, 3, 2, 2, 2: mean 2, sd √0.4, ci 2 ± 2.5706 × 0.2582.
        var effect = Assert.Single(ulb.Effects);
        Assert.Equal((6, false), (effect.N, effect.Suppressed));
        Assert.Equal(2, effect.Mean!.Value, 4);
        Assert.Equal(1.3363, effect.Ci95![0], 4);
        Assert.Equal(2.6637, effect.Ci95[1], 4);

        var total = report.Total;
        Assert.Equal((null, 3, 5, 4), (total.Institution, total.Programmes, total.PairsFormed, total.Closed));
        Assert.Equal((7, 7), (total.Respondents, total.Effects[0].N));
        Assert.Equal(11.0 / 7, total.Effects[0].Mean!.Value, 6);
        Assert.Equal(new Summary(4, 75, 75), total.DurationDays);
    }

    [Fact]
    public void A_row_of_fewer_than_five_respondents_shows_its_count_but_not_its_effects()
    {
        var small = Programme("UNamur", [Closed(30, "job", 2)], [3, 3, 2, 3]);
        var large = Programme("ULiège", [Closed(30, "job", 2)], [1, 1, 2, 0, 1]);

        var report = RollupAnalysis.Build("team-mentorship", Dimensions, [small, large], _ => true);

        var unamur = report.Rows.Single(r => r.Institution == "UNamur");
        Assert.Equal((4, true), (unamur.Respondents, unamur.Suppressed));
        Assert.Equal(new RollupEffect("career-clarity", 4, null, null, true), Assert.Single(unamur.Effects));
        var liege = report.Rows.Single(r => r.Institution == "ULiège");
        Assert.Equal((5, false, 1.0), (liege.Respondents, liege.Effects[0].Suppressed, liege.Effects[0].Mean));
        Assert.False(report.Total.Suppressed);
    }

    [Fact]
    public void Rows_the_caller_may_not_see_are_left_out_but_still_count_in_the_total()
    {
        var mine = Programme("ULB", [Closed(30, "job", 2)], []);
        var sameInstitution = Programme("ULB", [Closed(30, "job", 2), Closed(40, "job", 2)], []);
        var other = Programme("UCLouvain", [Closed(30, "job", 2)], []);

        var report = RollupAnalysis.Build("team-mentorship", Dimensions, [mine, sameInstitution, other], id => id == mine.ProgrammeId);

        var row = Assert.Single(report.Rows);
        Assert.Equal(("ULB", 1, 1), (row.Institution, row.Programmes, row.PairsFormed));
        Assert.Equal((3, 4), (report.Total.Programmes, report.Total.PairsFormed));
    }

    [Fact]
    public void Programmes_without_an_institution_make_the_last_row()
    {
        var report = RollupAnalysis.Build("cjsm", Dimensions,
            [Programme(null, [Closed(30, "job", 1)], []), Programme("CJSM Paris", [Closed(30, "job", 1)], [])], _ => true);

        Assert.Equal(["CJSM Paris", null], report.Rows.Select(r => r.Institution));
    }

    private static PairFacts Closed(int days, string outcome, int meetings) => new(Start, Start.AddDays(days), outcome, meetings, 0);

    private static PairFacts Active(int logged) => new(Start, null, null, null, logged);

    private static RollupProgramme Programme(string? institution, PairFacts[] pairs, int[] effects) => new(
        Guid.NewGuid(),
        institution,
        pairs,
        [new SurveyCount(RespondentRole.Mentee, SurveyStatus.Completed, effects.Length)],
        effects.Select(e => new EffectAnswer(Guid.NewGuid(), "career-clarity", e)).ToList());
}
