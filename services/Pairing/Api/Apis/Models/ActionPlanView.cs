namespace Mentorship.Pairing.Apis.Models;

/// <summary>The goals themselves, shown to the pair's members only.</summary>
public sealed record ActionPlanView(IReadOnlyList<GoalView> Goals, DateTimeOffset? UpdatedAt, Guid? UpdatedBy);
