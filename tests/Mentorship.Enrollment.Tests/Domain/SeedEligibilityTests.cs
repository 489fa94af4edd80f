using System.Text.Json;
using Mentorship.Enrollment.Domain.Eligibility;
using Mentorship.Enrollment.Domain.Templates;

namespace Mentorship.Enrollment.Tests.Domain;

/// <summary>The eligibility each programme's document states (shared/seeds), rule by rule.</summary>
public sealed class SeedEligibilityTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static (EligibilityVerdict Verdict, IReadOnlyList<string> Unanswered) Decide(
        RoleRequirements role, string ruleId, string answersJson, int? age = 30)
    {
        var facts = new ApplicantFacts(
            JsonDocument.Parse(answersJson).RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone()), age, Today);
        var rule = Assert.Single(role.Eligibility, r => r.Id == ruleId);
        return (EligibilityEvaluator.Evaluate(rule, facts), EligibilityEvaluator.Unanswered(rule, facts));
    }

    [Theory]
    [InlineData(34, null, true)]
    [InlineData(35, null, false)]
    [InlineData(35, 2022, true)]
    [InlineData(40, 2020, false)]
    public void Cjsm_mentees_are_under_35_or_at_most_five_years_after_the_thesis(int age, int? thesisYear, bool passes)
    {
        var answers = thesisYear is { } year ? $$"""{ "thesisYear": {{year}} }""" : "{}";

        var (verdict, _) = Decide(ProgrammeTemplates.Cjsm.Mentee, "early-career", answers, age);

        Assert.Equal(passes, verdict.Passed);
    }

    [Fact]
    public void A_cjsm_mentee_without_birth_date_nor_thesis_year_is_told_both_are_missing()
    {
        var (verdict, unanswered) = Decide(ProgrammeTemplates.Cjsm.Mentee, "early-career", "{}", age: null);

        Assert.False(verdict.Passed);
        Assert.Equal(["person.birthDate", "answers.thesisYear"], unanswered);
    }

    [Theory]
    [InlineData("foreign-national", true)]
    [InlineData("foreign-origin", true)]
    [InlineData("none", false)]
    public void Mentoryou_mentees_are_foreign_job_seekers_or_of_foreign_origin(string background, bool passes)
    {
        var (verdict, unanswered) = Decide(
            ProgrammeTemplates.MentorYou.Mentee, "foreign-background", $$"""{ "foreignBackground": "{{background}}" }""");

        Assert.Equal(passes, verdict.Passed);
        Assert.Empty(unanswered);
    }

    [Fact]
    public void Mentoryou_keeps_its_four_mentee_conditions()
    {
        Assert.Equal(
            ["foreign-background", "work-permit", "working-french", "job-seeking", "wants-mentor"],
            ProgrammeTemplates.MentorYou.Mentee.Eligibility.Select(r => r.Id));
    }

    [Theory]
    [InlineData("ETIS", true)]
    [InlineData("liris", true)]
    [InlineData("ISIR", true)]
    [InlineData("LIP6", false)]
    public void Dialogue_is_open_to_the_five_laboratories_only(string laboratory, bool passes)
    {
        foreach (var role in new[] { ProgrammeTemplates.Dialogue.Mentee, ProgrammeTemplates.Dialogue.Mentor })
            Assert.Equal(passes, Decide(role, "laboratory", $$"""{ "laboratory": "{{laboratory}}" }""").Verdict.Passed);
        Assert.Equal(["ETIS", "LIRIS", "LIX", "STMS", "ISIR"], ProgrammeTemplates.DialogueLaboratories);
    }

    [Theory]
    [InlineData(true, "academic-scientific", true)]
    [InlineData(true, "voluntary", true)]
    [InlineData(false, "private", false)]
    [InlineData(true, "student", false)]
    public void Team_mentorship_mentors_are_experienced_professionals_of_the_sectors_it_names(bool experienced, string sector, bool passes)
    {
        var answers = $$"""{ "experiencedProfessional": {{(experienced ? "true" : "false")}}, "sectorOfActivity": "{{sector}}" }""";

        var verdicts = ProgrammeTemplates.TeamMentorship.Mentor.Eligibility
            .Select(rule => Decide(ProgrammeTemplates.TeamMentorship.Mentor, rule.Id, answers).Verdict);

        Assert.Equal(passes, verdicts.All(v => v.Passed));
    }

    [Theory]
    [InlineData("mentoryou-mentee", "foreign-background", "answers.foreignBackground")]
    [InlineData("dialogue-mentee", "laboratory", "answers.laboratory")]
    [InlineData("team-mentorship-mentor", "mentor-sector", "answers.sectorOfActivity")]
    [InlineData("team-mentorship-mentor", "experienced-professional", "answers.experiencedProfessional")]
    public void A_missing_answer_fails_its_rule_naming_the_field(string role, string ruleId, string field)
    {
        var requirements = role switch
        {
            "mentoryou-mentee" => ProgrammeTemplates.MentorYou.Mentee,
            "dialogue-mentee" => ProgrammeTemplates.Dialogue.Mentee,
            _ => ProgrammeTemplates.TeamMentorship.Mentor,
        };

        var (verdict, unanswered) = Decide(requirements, ruleId, "{}");

        Assert.False(verdict.Passed);
        Assert.Equal([field], unanswered);
        Assert.Contains($"{field} not given", verdict.Evidence);
    }
}
