using Mentorship.Matching.Engine.Scoring;

namespace Mentorship.Matching.Engine.Tests.Scoring;

public class HardConstraintsTests
{
    private static readonly ParticipantProfile French = Profiles.Make(languages: ["fr"]);

    [Fact]
    public void Pair_sharing_a_language_with_a_free_mentor_is_allowed()
    {
        Assert.Empty(HardConstraints.Violations(Mentee(French), Mentor(Profiles.Make(languages: ["nl", "FR"]))));
    }

    [Fact]
    public void Pair_without_a_shared_language_is_excluded()
    {
        Assert.Equal([ExclusionReason.NoSharedLanguage], HardConstraints.Violations(Mentee(French), Mentor(Profiles.Make(languages: ["nl"]))));
    }

    [Fact]
    public void Unknown_languages_exclude_no_one()
    {
        Assert.Empty(HardConstraints.Violations(Mentee(Profiles.Make()), Mentor(Profiles.Make(languages: ["nl"]))));
    }

    [Fact]
    public void Mentor_whose_load_reached_capacity_is_excluded()
    {
        Assert.Equal([ExclusionReason.MentorAtCapacity], HardConstraints.Violations(Mentee(French), Mentor(French, capacity: 2, load: 2)));
    }

    [Fact]
    public void Mentor_at_their_global_cap_is_excluded()
    {
        var mentor = Mentor(French) with { GlobalCap = 3, GlobalLoad = 3 };

        Assert.Equal([ExclusionReason.GlobalCapExceeded], HardConstraints.Violations(Mentee(French), mentor));
    }

    [Fact]
    public void Conflict_declared_by_the_mentee_excludes_the_pair()
    {
        var mentor = Mentor(French);
        var mentee = Mentee(French with { Conflicts = [new ConflictDeclaration(mentor.PersonId, "thesis-director")] });

        Assert.Equal([ExclusionReason.ConflictOfInterest], HardConstraints.Violations(mentee, mentor));
    }

    [Fact]
    public void Conflict_declared_by_the_mentor_excludes_the_pair()
    {
        var mentee = Mentee(French);
        var mentor = Mentor(French with { Conflicts = [new ConflictDeclaration(mentee.PersonId, "line-manager")] });

        Assert.Equal([ExclusionReason.ConflictOfInterest], HardConstraints.Violations(mentee, mentor));
    }

    [Fact]
    public void Previously_declined_pair_is_excluded()
    {
        Assert.Equal([ExclusionReason.PreviouslyDeclined], HardConstraints.Violations(Mentee(French), Mentor(French), previouslyDeclined: true));
    }

    [Fact]
    public void Forbidden_pair_is_excluded()
    {
        Assert.Equal([ExclusionReason.Forbidden], HardConstraints.Violations(Mentee(French), Mentor(French), forbidden: true));
    }

    [Fact]
    public void Person_is_never_paired_with_themself()
    {
        var id = Guid.NewGuid();

        Assert.Equal([ExclusionReason.SamePerson], HardConstraints.Violations(new Mentee(id, French), new Mentor(id, French, 1)));
    }

    [Fact]
    public void Every_failed_constraint_is_listed_in_order()
    {
        var mentor = Mentor(Profiles.Make(languages: ["nl"]), capacity: 1, load: 1);

        Assert.Equal(
            [ExclusionReason.MentorAtCapacity, ExclusionReason.NoSharedLanguage, ExclusionReason.Forbidden],
            HardConstraints.Violations(Mentee(French), mentor, forbidden: true));
    }

    private static Mentee Mentee(ParticipantProfile profile) => new(Guid.NewGuid(), profile);

    private static Mentor Mentor(ParticipantProfile profile, int capacity = 2, int load = 0) => new(Guid.NewGuid(), profile, capacity, load);
}
