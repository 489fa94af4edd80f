namespace Mentorship.Web.Gateway.Models;

public sealed record PairUnread(Guid PairId, long Unread);
