namespace Mentorship.Pairing.Domain;

/// <summary>A goal as a member writes it: without an id it is new, with one it updates that goal.</summary>
public sealed record GoalDraft(Guid? GoalId, string Title, string? Description, DateOnly? DueOn, GoalStatus Status);
