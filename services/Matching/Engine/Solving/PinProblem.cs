namespace Mentorship.Matching.Engine.Solving;

/// <summary>A pin that cannot be honoured, with a reason code from <see cref="PinProblemReason"/>.</summary>
public sealed record PinProblem(MatchingPair Pair, string Reason);
