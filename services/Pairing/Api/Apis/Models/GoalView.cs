using Mentorship.Pairing.Domain;

namespace Mentorship.Pairing.Apis.Models;

public sealed record GoalView(
    Guid Id,
    string Title,
    string? Description,
    DateOnly? DueOn,
    GoalStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt)
{
    public static GoalView From(Goal goal) =>
        new(goal.GoalId, goal.Title, goal.Description, goal.DueOn, goal.Status, goal.CreatedAt, goal.CompletedAt);
}
