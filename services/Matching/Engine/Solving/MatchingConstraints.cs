namespace Mentorship.Matching.Engine.Solving;

/// <summary>Coordinator decisions the solver must honour: pinned pairs are in the result, forbidden pairs are not.</summary>
public sealed record MatchingConstraints(IReadOnlyList<MatchingPair> Pins, IReadOnlyList<MatchingPair> Forbids)
{
    public static MatchingConstraints None { get; } = new([], []);
}
