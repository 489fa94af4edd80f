namespace Mentorship.Pairing.Apis.Models;

/// <summary>
/// A follow-up entry: a contact (<c>with</c>, <c>channel</c>, <c>heldOn</c>, <c>summary</c>) or a meeting note
/// (<c>progress</c>, <c>nextActions</c>, <c>dueOn</c>). <c>entryId</c>, when given, makes a retried POST
/// answer the entry it already stored.
/// </summary>
public sealed record FollowUpEntryRequest(
    Guid? EntryId,
    string? Kind,
    string? With,
    string? Channel,
    DateOnly? HeldOn,
    string? Summary,
    string? Progress,
    IReadOnlyList<string>? NextActions,
    DateOnly? DueOn);
