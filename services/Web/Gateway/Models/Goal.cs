namespace Mentorship.Web.Gateway.Models;

/// <summary>One goal of the action plan; status is "open", "in-progress" or "done".</summary>
public sealed record Goal(Guid Id, string Title, string? Description, DateOnly? DueOn, string Status);
