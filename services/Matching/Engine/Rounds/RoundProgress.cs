namespace Mentorship.Matching.Engine.Rounds;

/// <summary>How far planning is: the current phase and the fraction of it done, in [0, 1].</summary>
public readonly record struct RoundProgress(RoundPhase Phase, double Fraction);
