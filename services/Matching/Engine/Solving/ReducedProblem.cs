using Mentorship.Matching.Engine.Instances;

namespace Mentorship.Matching.Engine.Solving;

/// <summary>
/// What is left to solve once pins are fixed and forbids applied: pinned mentees leave, their
/// mentors lose that much capacity, forbidden arcs and arcs into mentors without capacity left
/// go, and so do mentees with no arc left (they stay unmatched whatever the objective).
/// Mentees are renumbered densely; mentors keep their indices.
/// </summary>
internal sealed class ReducedProblem
{
    private ReducedProblem(int[] arcStart, int[] arcMentor, int[] arcWeight, int[] capacity, int[] originalMentee, int maxWeight)
    {
        ArcStart = arcStart;
        ArcMentor = arcMentor;
        ArcWeight = arcWeight;
        Capacity = capacity;
        OriginalMentee = originalMentee;
        MaxWeight = maxWeight;
    }

    public int MenteeCount => OriginalMentee.Length;

    public int MentorCount => Capacity.Length;

    public int[] ArcStart { get; }

    public int[] ArcMentor { get; }

    public int[] ArcWeight { get; }

    /// <summary>Capacity left after pins.</summary>
    public int[] Capacity { get; }

    public int[] OriginalMentee { get; }

    public int MaxWeight { get; }

    /// <summary>Applies pins and forbids; <paramref name="pinnedMentor"/> is -1 for mentees not pinned.</summary>
    public static ReducedProblem Build(MatchingInstance instance, MatchingConstraints constraints, out int[] pinnedMentor)
    {
        pinnedMentor = PinValidation.Validate(instance, constraints);
        var capacity = instance.Capacities.ToArray();
        foreach (var mentor in pinnedMentor)
        {
            if (mentor >= 0)
            {
                capacity[mentor]--;
            }
        }

        var forbidden = constraints.Forbids.ToHashSet();
        var keep = new List<int>();
        var arcStart = new List<int> { 0 };
        var arcCount = 0;
        var usable = new bool[instance.ArcCount];
        for (var i = 0; i < instance.MenteeCount; i++)
        {
            if (pinnedMentor[i] >= 0)
            {
                continue;
            }

            var before = arcCount;
            for (var a = instance.ArcStart[i]; a < instance.ArcStart[i + 1]; a++)
            {
                var mentor = instance.ArcMentor[a];
                if (capacity[mentor] > 0 && (forbidden.Count == 0 || !forbidden.Contains(new MatchingPair(i, mentor))))
                {
                    usable[a] = true;
                    arcCount++;
                }
            }

            if (arcCount > before)
            {
                keep.Add(i);
                arcStart.Add(arcCount);
            }
        }

        var arcMentor = new int[arcCount];
        var arcWeight = new int[arcCount];
        var next = 0;
        var maxWeight = 0;
        foreach (var i in keep)
        {
            for (var a = instance.ArcStart[i]; a < instance.ArcStart[i + 1]; a++)
            {
                if (usable[a])
                {
                    arcMentor[next] = instance.ArcMentor[a];
                    arcWeight[next] = instance.ArcWeight[a];
                    maxWeight = Math.Max(maxWeight, arcWeight[next]);
                    next++;
                }
            }
        }

        return new ReducedProblem(arcStart.ToArray(), arcMentor, arcWeight, capacity, keep.ToArray(), maxWeight);
    }
}
