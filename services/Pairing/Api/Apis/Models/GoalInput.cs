namespace Mentorship.Pairing.Apis.Models;

/// <summary>One goal of the action plan: without id a new goal, with the id of an existing goal its new content.</summary>
public sealed record GoalInput(Guid? Id, string? Title, string? Description, DateOnly? DueOn, string? Status);
