namespace Mentorship.Web.Gateway.Models;

/// <summary>The pair's goals, shown to its members.</summary>
public sealed record ActionPlan(IReadOnlyList<Goal> Goals, DateTimeOffset? UpdatedAt);
