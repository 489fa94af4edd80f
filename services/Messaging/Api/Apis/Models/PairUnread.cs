namespace Mentorship.Messaging.Apis.Models;

public sealed record PairUnread(Guid PairId, long Unread);
