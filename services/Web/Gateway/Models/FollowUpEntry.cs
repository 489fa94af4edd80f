namespace Mentorship.Web.Gateway.Models;

/// <summary>One entry of a pair's follow-up log (staff only): a contact with a side, or a meeting note with next actions.</summary>
public sealed record FollowUpEntry(
    Guid Id,
    string Kind,
    string? With,
    string? Channel,
    DateOnly? HeldOn,
    string? Summary,
    string? Progress,
    IReadOnlyList<string> NextActions,
    DateOnly? DueOn,
    Guid WrittenBy,
    DateTimeOffset WrittenAt);
