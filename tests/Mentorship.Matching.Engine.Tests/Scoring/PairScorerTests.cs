using Mentorship.Matching.Engine.Scoring;

namespace Mentorship.Matching.Engine.Tests.Scoring;

public class PairScorerTests
{
    [Theory]
    [InlineData("BE-BRU", "BE-BRU", 1.0, "both in BE-BRU")]
    [InlineData("BE-BRU", "BE-WBR", 0.6, "neighbouring provinces BE-BRU and BE-WBR")]
    [InlineData("BE-VWV", "BE-VBR", 0.3, "BE-VWV and BE-VBR are two provinces apart")]
    [InlineData("BE-VWV", "BE-WLX", 0.0, "BE-VWV and BE-WLX are far apart (3 provinces away)")]
    [InlineData("BE-VWV", "FR-59", 0.5, "no distance known between BE-VWV and FR-59")]
    [InlineData(null, "BE-BRU", 0.5, "region unknown for mentee")]
    [InlineData(null, null, 0.5, "region unknown for both")]
    public void Geography_scores_by_province_distance(string? mentee, string? mentor, double value, string reason)
    {
        AssertCriterion(CriterionIds.Geography, Profiles.Make(region: mentee), Profiles.Make(region: mentor), value, reason);
    }

    [Theory]
    [InlineData(new[] { "logistics" }, new[] { "logistics", "retail" }, 1.0, "shared sector: logistics")]
    [InlineData(new[] { "logistics", "retail", "it" }, new[] { "retail", "it" }, 1.0, "shared sectors: retail, it")]
    [InlineData(new[] { "logistics", "retail" }, new[] { "retail", "it" }, 0.5, "shared sector: retail")]
    [InlineData(new[] { "logistics" }, new[] { "it" }, 0.0, "no sector in common")]
    [InlineData(new string[0], new[] { "it" }, 0.5, "sector unknown for mentee")]
    public void Sector_scores_the_overlap_of_sectors(string[] mentee, string[] mentor, double value, string reason)
    {
        AssertCriterion(CriterionIds.Sector, Profiles.Make(sectors: mentee), Profiles.Make(sectors: mentor), value, reason);
    }

    [Theory]
    [InlineData("accountant", "Accountant", 1.0, "same job function: accountant")]
    [InlineData("accountant", "engineer", 0.0, "different job functions: accountant and engineer")]
    [InlineData("accountant", null, 0.5, "job function unknown for mentor")]
    public void Job_function_scores_equality(string? mentee, string? mentor, double value, string reason)
    {
        AssertCriterion(CriterionIds.JobFunction, Profiles.Make(jobFunction: mentee), Profiles.Make(jobFunction: mentor), value, reason);
    }

    [Theory]
    [InlineData(new[] { "phd", "migration" }, new[] { "migration", "phd", "parent" }, 1.0, "shared background: phd, migration")]
    [InlineData(new[] { "phd" }, new[] { "parent" }, 0.0, "no background in common")]
    [InlineData(new[] { "phd" }, new string[0], 0.5, "background unknown for mentor")]
    public void Background_scores_shared_tags(string[] mentee, string[] mentor, double value, string reason)
    {
        AssertCriterion(CriterionIds.Background, Profiles.Make(background: mentee), Profiles.Make(background: mentor), value, reason);
    }

    [Theory]
    [InlineData(27, 45, 1.0, "mentor 18 years older")]
    [InlineData(30, 31, 11.0 / 15, "mentor 1 year older")]
    [InlineData(30, 30, 10.0 / 15, "same age")]
    [InlineData(40, 37, 7.0 / 15, "mentor 3 years younger")]
    [InlineData(40, 20, 0.0, "mentor 20 years younger")]
    [InlineData(25, 60, 0.7, "mentor 35 years older")]
    [InlineData(25, 90, 0.4, "mentor 65 years older")]
    [InlineData(null, 50, 0.5, "age unknown for mentee")]
    public void Age_prefers_a_mentor_five_to_twenty_five_years_older(int? mentee, int? mentor, double value, string reason)
    {
        AssertCriterion(CriterionIds.Age, Profiles.Make(age: mentee), Profiles.Make(age: mentor), value, reason);
    }

    [Theory]
    [InlineData(new[] { "fr", "ar" }, new[] { "ar", "fr", "nl" }, 1.0, "both speak fr, ar")]
    [InlineData(new[] { "fr", "ar" }, new[] { "fr" }, 0.5, "both speak fr (1 of the mentee's 2 languages)")]
    [InlineData(new[] { "fr" }, new[] { "nl" }, 0.0, "no language in common")]
    [InlineData(new string[0], new[] { "nl" }, 0.5, "languages unknown for mentee")]
    public void Language_scores_how_many_of_the_mentees_languages_the_mentor_speaks(string[] mentee, string[] mentor, double value, string reason)
    {
        AssertCriterion(CriterionIds.Language, Profiles.Make(languages: mentee), Profiles.Make(languages: mentor), value, reason);
    }

    [Theory]
    [InlineData(new[] { "network", "job-search", "confidence" }, new[] { "job-search", "network" }, 2.0 / 3, "2 of 3 expectations met: network, job-search")]
    [InlineData(new[] { "network" }, new[] { "network" }, 1.0, "1 of 1 expectation met: network")]
    [InlineData(new[] { "network", "confidence" }, new[] { "sector-knowledge" }, 0.0, "none of 2 expectations met")]
    [InlineData(new string[0], new[] { "network" }, 0.5, "mentee stated no expectations")]
    [InlineData(new[] { "network" }, new string[0], 0.5, "mentor's offer unknown")]
    public void Expectations_score_the_share_the_mentor_offers(string[] mentee, string[] mentor, double value, string reason)
    {
        AssertCriterion(CriterionIds.Expectations, Profiles.Make(expectations: mentee), Profiles.Make(expectations: mentor), value, reason);
    }

    [Theory]
    [InlineData(new[] { "chess", "running" }, new[] { "running", "chess" }, 1.0, "shared hobbies: chess, running")]
    [InlineData(new[] { "chess", "running" }, new[] { "chess", "opera" }, 0.5, "shared hobby: chess")]
    [InlineData(new[] { "chess" }, new[] { "opera" }, 0.0, "no hobby in common")]
    [InlineData(new[] { "chess" }, new string[0], 0.5, "hobbies unknown for mentor")]
    public void Hobbies_score_shared_hobbies(string[] mentee, string[] mentor, double value, string reason)
    {
        AssertCriterion(CriterionIds.Hobbies, Profiles.Make(hobbies: mentee), Profiles.Make(hobbies: mentor), value, reason);
    }

    [Fact]
    public void Total_is_the_weighted_mean_of_criterion_values_out_of_100()
    {
        var weights = new CriterionWeights(Geography: 10, Sector: 0, JobFunction: 0, Background: 0, Age: 0, Language: 0, Expectations: 5, Hobbies: 0);
        var mentee = Profiles.Make(region: "BE-BRU", expectations: ["network", "confidence"]);
        var mentor = Profiles.Make(region: "BE-BRU", expectations: ["network"]);

        var score = PairScorer.Score(mentee, mentor, weights);

        Assert.Equal(100 * ((10 * 1.0) + (5 * 0.5)) / 15, score.Total, 12);
        Assert.Equal(CriterionIds.All, score.Criteria.Select(c => c.Criterion));
        Assert.Equal(score.Total, score.Criteria.Sum(c => c.Contribution), 12);
        Assert.Equal(833_333, score.ArcWeight);
    }

    [Fact]
    public void All_weights_zero_gives_a_score_of_zero()
    {
        var weights = new CriterionWeights(0, 0, 0, 0, 0, 0, 0, 0);

        var score = PairScorer.Score(Profiles.Make(region: "BE-BRU"), Profiles.Make(region: "BE-BRU"), weights);

        Assert.Equal(0, score.Total);
        Assert.All(score.Criteria, c => Assert.Equal(0, c.Contribution));
    }

    [Fact]
    public void Weight_outside_zero_to_ten_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            PairScorer.Score(Profiles.Make(), Profiles.Make(), CriterionWeights.Equal with { Hobbies = 11 }));
    }

    [Fact]
    public void Bonus_adds_points_and_shows_as_its_own_line()
    {
        var (mentee, mentor) = (Guid.NewGuid(), Guid.NewGuid());
        var bonus = new Appreciation(mentee, mentor, AppreciationKind.Bonus, 12, "same hometown");

        var plain = PairScorer.Score(Profiles.Make(), Profiles.Make(), CriterionWeights.Equal);
        var adjusted = PairScorer.Score(Profiles.Make(), Profiles.Make(), CriterionWeights.Equal, [bonus]);

        Assert.Equal(plain.Total + 12, adjusted.Total, 12);
        var line = Assert.Single(adjusted.Adjustments);
        Assert.Equal((AppreciationKind.Bonus, 12.0, "coordinator: same hometown"), (line.Kind, line.Points, line.Reason));
    }

    [Fact]
    public void Malus_beyond_the_score_is_clamped_at_zero_and_the_lines_still_add_up()
    {
        var malus = new Appreciation(Guid.NewGuid(), Guid.NewGuid(), AppreciationKind.Malus, 80, "personality clash");

        var score = PairScorer.Score(Profiles.Make(), Profiles.Make(), CriterionWeights.Equal, [malus]);

        Assert.Equal(0, score.Total);
        Assert.Equal([AppreciationKind.Malus, ScoreAdjustment.Clamp], score.Adjustments.Select(a => a.Kind));
        Assert.Equal(score.Total, score.Criteria.Sum(c => c.Contribution) + score.Adjustments.Sum(a => a.Points), 9);
    }

    [Fact]
    public void Bonus_beyond_one_hundred_is_clamped()
    {
        var bonus = new Appreciation(Guid.NewGuid(), Guid.NewGuid(), AppreciationKind.Bonus, 100, "ideal");

        var score = PairScorer.Score(Profiles.Make(region: "BE-BRU"), Profiles.Make(region: "BE-BRU"), CriterionWeights.Equal, [bonus]);

        Assert.Equal(100, score.Total);
        Assert.Equal(1_000_000, score.ArcWeight);
        Assert.Equal(score.Total, score.Criteria.Sum(c => c.Contribution) + score.Adjustments.Sum(a => a.Points), 9);
    }

    private static void AssertCriterion(string criterion, ParticipantProfile mentee, ParticipantProfile mentor, double value, string reason)
    {
        var line = PairScorer.Score(mentee, mentor, CriterionWeights.Equal).Criteria.Single(c => c.Criterion == criterion);

        Assert.Equal(value, line.Value, 12);
        Assert.Equal(reason, line.Reason);
        Assert.Equal(100 * value / 8, line.Contribution, 12);
    }
}
