using Mentorship.Web.Gateway.Models;

namespace Mentorship.Web.Components.Mentoring;

/// <summary>A goal as the action plan editor holds it: an existing goal (with its id) or a new one.</summary>
public sealed class GoalDraft
{
    public static readonly IReadOnlyList<string> Statuses = ["open", "in-progress", "done"];

    public Guid? Id { get; init; }

    public string Title { get; set; } = "";

    public DateOnly? DueOn { get; set; }

    public string Status { get; set; } = "open";

    public string? Description { get; init; }

    public static GoalDraft From(Goal goal) =>
        new() { Id = goal.Id, Title = goal.Title, Description = goal.Description, DueOn = goal.DueOn, Status = goal.Status };

    /// <summary>The goal as Pairing's PUT /action-plan takes it.</summary>
    public object ToRequest() => new { id = Id, title = Title, description = Description, dueOn = DueOn, status = Status };
}
