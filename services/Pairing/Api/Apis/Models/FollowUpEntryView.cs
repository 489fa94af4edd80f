using Mentorship.Pairing.Domain;

namespace Mentorship.Pairing.Apis.Models;

public sealed record FollowUpEntryView(
    Guid Id,
    Guid PairId,
    FollowUpKind Kind,
    ContactSide? With,
    ContactChannel? Channel,
    DateOnly? HeldOn,
    string? Summary,
    string? Progress,
    IReadOnlyList<string> NextActions,
    DateOnly? DueOn,
    Guid WrittenBy,
    DateTimeOffset WrittenAt)
{
    public static FollowUpEntryView From(FollowUpEntry entry) => new(
        entry.Id,
        entry.PairId,
        entry.Kind,
        entry.With,
        entry.Channel,
        entry.HeldOn,
        entry.Summary,
        entry.Progress,
        entry.NextActions,
        entry.DueOn,
        entry.WrittenBy,
        entry.WrittenAt);
}
