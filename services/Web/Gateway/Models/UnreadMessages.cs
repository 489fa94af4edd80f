namespace Mentorship.Web.Gateway.Models;

/// <summary>Unread messages of the signed-in person: the total and each pair that has some.</summary>
public sealed record UnreadMessages(long Total, IReadOnlyList<PairUnread> Pairs)
{
    public long For(Guid pairId) => Pairs.FirstOrDefault(p => p.PairId == pairId)?.Unread ?? 0;
}
