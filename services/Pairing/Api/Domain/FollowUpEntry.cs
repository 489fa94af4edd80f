namespace Mentorship.Pairing.Domain;

/// <summary>
/// One line of the follow-up log staff keep on a pair (MentorYou's "grille de suivi"): a contact with a
/// side, or a meeting note with the next actions. Append-only: an entry is never edited, so the log is its
/// own audit of who wrote what and when. The fields of the other kind stay empty.
/// </summary>
public sealed class FollowUpEntry
{
    public const int TextMaxLength = 2000;
    public const int MaxNextActions = 10;
    public const int NextActionMaxLength = 300;

    /// <summary>Given by the client when it wants a retried POST to find the same entry.</summary>
    public Guid Id { get; init; }

    public Guid PairId { get; init; }

    public FollowUpKind Kind { get; init; }

    public ContactSide? With { get; init; }

    public ContactChannel? Channel { get; init; }

    public DateOnly? HeldOn { get; init; }

    public string? Summary { get; init; }

    public string? Progress { get; init; }

    public List<string> NextActions { get; init; } = [];

    public DateOnly? DueOn { get; init; }

    public Guid WrittenBy { get; init; }

    public DateTimeOffset WrittenAt { get; init; }
}
