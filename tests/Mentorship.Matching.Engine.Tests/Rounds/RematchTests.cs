using Mentorship.Matching.Engine.Rounds;
using Mentorship.Matching.Engine.Scoring;
using Mentorship.Matching.Engine.Tests.Scoring;

namespace Mentorship.Matching.Engine.Tests.Rounds;

public class RematchTests
{
    private static readonly ParticipantProfile French = Profiles.Make(region: "BE-BRU", languages: ["fr"], sectors: ["logistics"]);

    [Fact]
    public void Returned_mentee_gets_a_new_mentor_other_than_the_one_who_declined()
    {
        var mentee = Mentee(French);
        var declinedBy = Mentor(French);
        var next = Mentor(French with { Region = "BE-WBR" });

        var rematch = RoundPlanner.Rematch(Request([mentee], [declinedBy, next], [new DeclinedPair(mentee.PersonId, declinedBy.PersonId)]));

        Assert.Equal(next.PersonId, Assert.Single(rematch.Plan.Proposals).MentorId);
    }

    [Fact]
    public void Published_pairs_keep_their_seats()
    {
        var mentee = Mentee(French);
        var fullWithPublishedPairs = Mentor(French, capacity: 2, load: 2);
        var withRoom = Mentor(French with { Region = "BE-VWV" }, capacity: 2, load: 1);

        var rematch = RoundPlanner.Rematch(Request([mentee], [fullWithPublishedPairs, withRoom], []));

        Assert.Equal(withRoom.PersonId, Assert.Single(rematch.Plan.Proposals).MentorId);
    }

    [Fact]
    public void Alternatives_are_the_next_best_mentors_with_room_best_first()
    {
        var mentee = Mentee(French);
        var best = Mentor(French, capacity: 1);
        var second = Mentor(French with { Region = "BE-WBR" });
        var third = Mentor(French with { Region = "BE-WLX" });
        var full = Mentor(French, capacity: 1, load: 1);

        var rematch = RoundPlanner.Rematch(Request([mentee], [third, full, best, second], []) with { AlternativesPerMentee = 2 });

        Assert.Equal(best.PersonId, Assert.Single(rematch.Plan.Proposals).MentorId);
        var alternatives = rematch.Alternatives[mentee.PersonId];
        Assert.Equal([second.PersonId, third.PersonId], alternatives.Select(a => a.MentorId));
        Assert.True(alternatives[0].Score > alternatives[1].Score);
    }

    [Fact]
    public void Several_returned_mentees_share_the_remaining_seats_optimally()
    {
        var (a, b) = (Mentee(French), Mentee(French with { Region = "BE-WLX" }));
        var brussels = Mentor(French, capacity: 3, load: 2);
        var luxembourg = Mentor(French with { Region = "BE-WLX" }, capacity: 1);

        var rematch = RoundPlanner.Rematch(Request([a, b], [brussels, luxembourg], []));

        Assert.Equal(
            [(a.PersonId, brussels.PersonId), (b.PersonId, luxembourg.PersonId)],
            rematch.Plan.Proposals.Select(p => (p.MenteeId, p.MentorId)));
    }

    private static RematchRequest Request(IReadOnlyList<Mentee> mentees, IReadOnlyList<Mentor> mentors, IReadOnlyList<DeclinedPair> declined) =>
        new(CriterionWeights.Equal, mentees, mentors, [], declined);

    private static Mentee Mentee(ParticipantProfile profile) => new(Guid.NewGuid(), profile);

    private static Mentor Mentor(ParticipantProfile profile, int capacity = 2, int load = 0) => new(Guid.NewGuid(), profile, capacity, load);
}
