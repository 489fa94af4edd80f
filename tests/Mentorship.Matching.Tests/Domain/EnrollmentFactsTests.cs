using Mentorship.Enrollment.Contracts;
using Mentorship.Matching.Domain;

namespace Mentorship.Matching.Tests.Domain;

public sealed class EnrollmentFactsTests
{
    [Fact]
    public void A_published_profile_becomes_the_engine_profile_with_its_conflicts()
    {
        var director = Guid.NewGuid();
        var published = new MatchingProfile("BE-WLG", ["health"], "nursing", ["care"], 42, ["fr", "nl"], ["network"], ["music"], 2,
            [new DeclaredConflict(director, "thesis-director")]);

        var profile = EnrollmentFacts.Profile(published);

        Assert.Equal("BE-WLG", profile.Region);
        Assert.Equal(["fr", "nl"], profile.Languages);
        Assert.Equal(42, profile.Age);
        Assert.Equal((director, "thesis-director"), (profile.Conflicts[0].PersonId, profile.Conflicts[0].Relation));
    }

    [Fact]
    public void Weights_keep_every_criterion_in_place()
    {
        var weights = EnrollmentFacts.Weights(new CriterionWeights(1, 2, 3, 4, 5, 6, 7, 8));

        Assert.Equal([1.0, 2, 3, 4, 5, 6, 7, 8], weights.InCriterionOrder());
    }

    [Theory]
    [InlineData("mentor", ParticipantRole.Mentor)]
    [InlineData("mentee", ParticipantRole.Mentee)]
    public void Roles_are_read_from_their_names(string role, ParticipantRole expected)
    {
        Assert.Equal(expected, EnrollmentFacts.Role(role));
    }
}
