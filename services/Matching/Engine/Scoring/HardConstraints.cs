namespace Mentorship.Matching.Engine.Scoring;

/// <summary>
/// The hard constraints of one pair, with their <see cref="ExclusionReason"/> codes. The round
/// planner applies the same rules through its language index; this is the one-pair form used to
/// explain why a mentee had no feasible mentor and to check pins.
/// </summary>
public static class HardConstraints
{
    /// <summary>Every constraint the pair violates, in the order of <see cref="ExclusionReason.All"/>; empty when the pair is allowed.</summary>
    public static IReadOnlyList<string> Violations(Mentee mentee, Mentor mentor, bool previouslyDeclined = false, bool forbidden = false)
    {
        var violations = new List<string>();
        if (mentor.Capacity - mentor.CurrentLoad <= 0)
        {
            violations.Add(ExclusionReason.MentorAtCapacity);
        }

        if (mentor.GlobalCap is { } cap && mentor.GlobalLoad >= cap)
        {
            violations.Add(ExclusionReason.GlobalCapExceeded);
        }

        if (!ShareLanguage(mentee.Profile, mentor.Profile))
        {
            violations.Add(ExclusionReason.NoSharedLanguage);
        }

        if (mentee.PersonId == mentor.PersonId)
        {
            violations.Add(ExclusionReason.SamePerson);
        }

        if (mentee.Profile.Conflicts.Any(c => c.PersonId == mentor.PersonId) || mentor.Profile.Conflicts.Any(c => c.PersonId == mentee.PersonId))
        {
            violations.Add(ExclusionReason.ConflictOfInterest);
        }

        if (previouslyDeclined)
        {
            violations.Add(ExclusionReason.PreviouslyDeclined);
        }

        if (forbidden)
        {
            violations.Add(ExclusionReason.Forbidden);
        }

        return violations;
    }

    /// <summary>False only when both sides list languages and none is shared: missing data excludes no one.</summary>
    public static bool ShareLanguage(ParticipantProfile mentee, ParticipantProfile mentor)
    {
        var a = PairScorer.Codes(mentee.Languages);
        var b = PairScorer.Codes(mentor.Languages);
        return a.Count == 0 || b.Count == 0 || a.Intersect(b, StringComparer.OrdinalIgnoreCase).Any();
    }
}
