using Mentorship.Matching.Engine.Scoring;
using Mentorship.Matching.Engine.Solving;

namespace Mentorship.Matching.Engine.Rounds;

/// <summary>
/// Turns pin appreciations into solver pins, refusing every pin that cannot be honoured with all
/// its reasons: unknown participant, failed hard constraints, mentee pinned twice, mentor pinned
/// beyond the room they have.
/// </summary>
internal static class PinResolver
{
    public static MatchingConstraints Resolve(RoundContext round, IReadOnlyList<Appreciation> appreciations, IReadOnlyList<DeclinedPair> declined)
    {
        var declinedPairs = declined.Select(d => (d.MenteeId, d.MentorId)).ToHashSet();
        var forbidden = appreciations.Where(a => a.Kind == AppreciationKind.Forbid).Select(a => (a.MenteeId, a.MentorId)).ToHashSet();
        var rejected = new List<RejectedPin>();
        var pins = new List<MatchingPair>();
        var pinnedMentees = new HashSet<int>();
        var pinsPerMentor = new int[round.Mentors.Count];
        foreach (var (menteeId, mentorId) in appreciations.Where(a => a.Kind == AppreciationKind.Pin).Select(a => (a.MenteeId, a.MentorId)).Distinct())
        {
            if (!round.MenteeIndex.TryGetValue(menteeId, out var i) || !round.MentorIndex.TryGetValue(mentorId, out var j))
            {
                rejected.Add(new RejectedPin(menteeId, mentorId, [RejectedPin.UnknownParticipant]));
                continue;
            }

            var violations = HardConstraints.Violations(
                round.Mentees[i], round.Mentors[j], declinedPairs.Contains((menteeId, mentorId)), forbidden.Contains((menteeId, mentorId)));
            if (violations.Count > 0)
            {
                rejected.Add(new RejectedPin(menteeId, mentorId, violations));
            }
            else if (!pinnedMentees.Add(i))
            {
                rejected.Add(new RejectedPin(menteeId, mentorId, [RejectedPin.MenteePinnedTwice]));
            }
            else if (++pinsPerMentor[j] > round.Room[j])
            {
                rejected.Add(new RejectedPin(menteeId, mentorId, [RejectedPin.MentorOverCapacity]));
            }
            else
            {
                pins.Add(new MatchingPair(i, j));
            }
        }

        return rejected.Count > 0 ? throw new PinsRejectedException(rejected) : new MatchingConstraints(pins, []);
    }
}
