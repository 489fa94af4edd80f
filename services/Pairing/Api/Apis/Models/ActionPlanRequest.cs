namespace Mentorship.Pairing.Apis.Models;

/// <summary>The whole action plan: goals left out are removed, an empty list clears it.</summary>
public sealed record ActionPlanRequest(IReadOnlyList<GoalInput>? Goals);
