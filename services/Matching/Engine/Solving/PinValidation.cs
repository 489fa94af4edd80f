using Mentorship.Matching.Engine.Instances;

namespace Mentorship.Matching.Engine.Solving;

/// <summary>Checks every pin before anything is solved, so that all problems are reported together.</summary>
internal static class PinValidation
{
    /// <summary>The pinned mentor of each mentee (-1 when none), or throws <see cref="UnsatisfiablePinsException"/>.</summary>
    public static int[] Validate(MatchingInstance instance, MatchingConstraints constraints)
    {
        var pinnedMentor = new int[instance.MenteeCount];
        Array.Fill(pinnedMentor, -1);
        var pinsPerMentor = new int[instance.MentorCount];
        var forbidden = constraints.Forbids.ToHashSet();
        var problems = new List<PinProblem>();
        foreach (var pin in constraints.Pins.Distinct())
        {
            if ((uint)pin.Mentee >= (uint)instance.MenteeCount || (uint)pin.Mentor >= (uint)instance.MentorCount
                || instance.WeightOf(pin.Mentee, pin.Mentor) is null)
            {
                problems.Add(new PinProblem(pin, PinProblemReason.PairNotAllowed));
            }
            else if (forbidden.Contains(pin))
            {
                problems.Add(new PinProblem(pin, PinProblemReason.PairForbidden));
            }
            else if (pinnedMentor[pin.Mentee] >= 0)
            {
                problems.Add(new PinProblem(pin, PinProblemReason.MenteePinnedTwice));
            }
            else if (pinsPerMentor[pin.Mentor] >= instance.Capacities[pin.Mentor])
            {
                problems.Add(new PinProblem(pin, PinProblemReason.MentorOverCapacity));
            }
            else
            {
                pinnedMentor[pin.Mentee] = pin.Mentor;
                pinsPerMentor[pin.Mentor]++;
            }
        }

        if (problems.Count > 0)
        {
            throw new UnsatisfiablePinsException(problems);
        }

        return pinnedMentor;
    }
}
