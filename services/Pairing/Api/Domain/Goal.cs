namespace Mentorship.Pairing.Domain;

/// <summary>One goal of the action plan, set from the mentee's needs and followed by both members.</summary>
public sealed class Goal
{
    public Guid GoalId { get; init; }

    public required string Title { get; init; }

    public string? Description { get; init; }

    public DateOnly? DueOn { get; init; }

    public GoalStatus Status { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the goal was marked done; cleared when it is reopened.</summary>
    public DateTimeOffset? CompletedAt { get; init; }
}
