namespace Mentorship.Messaging.Apis.Models;

/// <summary>Unread messages of a person: the total and each pair that has some.</summary>
public sealed record UnreadView(long Total, IReadOnlyList<PairUnread> Pairs);
