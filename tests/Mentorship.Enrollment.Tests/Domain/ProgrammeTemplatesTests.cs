using Mentorship.Enrollment.Domain.Templates;

namespace Mentorship.Enrollment.Tests.Domain;

public sealed class ProgrammeTemplatesTests
{
    [Fact]
    public void The_five_programmes_of_the_federation_are_built_in()
    {
        Assert.Equal(["team-mentorship", "cjsm", "mentoryou", "pollem", "dialogue"], ProgrammeTemplates.All.Select(t => t.Id));
    }

    [Fact]
    public void Mentoryou_mentors_attend_the_intercultural_workshop_before_matching()
    {
        Assert.Contains(ProgrammeTemplates.MentorYou.Mentor.Preparation, step => step.Id == "intercultural-workshop");
        Assert.Equal(2, ProgrammeTemplates.MentorYou.MeetingsPerMonth);
        Assert.Equal(6, ProgrammeTemplates.MentorYou.DurationMonths);
    }

    [Fact]
    public void Pollem_mentors_take_several_students()
    {
        Assert.Equal("one-to-many", ProgrammeTemplates.Pollem.Shape);
        Assert.True(ProgrammeTemplates.Pollem.DefaultMentorCapacity > 1);
    }

    [Fact]
    public void Every_template_has_weights_within_range_and_distinct_rule_ids_per_role()
    {
        foreach (var template in ProgrammeTemplates.All)
        {
            var weights = template.DefaultWeights;
            double[] all = [weights.Geography, weights.Sector, weights.JobFunction, weights.Background, weights.Age, weights.Language, weights.Expectations, weights.Hobbies];
            Assert.All(all, w => Assert.InRange(w, 0, 10));
            Assert.True(all.Sum() > 0, template.Id);
            foreach (var role in new[] { template.Mentee, template.Mentor })
                Assert.Equal(role.Eligibility.Count, role.Eligibility.Select(r => r.Id).Distinct().Count());
        }
    }
}
