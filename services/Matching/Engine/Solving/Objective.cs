namespace Mentorship.Matching.Engine.Solving;

/// <summary>What "best" means for a round.</summary>
public enum Objective
{
    /// <summary>As many mentees matched as possible; among those matchings, the largest total weight.</summary>
    MaxParticipation,

    /// <summary>The largest total weight, however many mentees that leaves unmatched.</summary>
    MaxScore,
}
