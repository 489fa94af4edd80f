namespace Mentorship.Messaging.Apis.Models;

/// <summary>One page of a pair's thread, newest first, and whether it still takes new messages.</summary>
public sealed record MessagePage(IReadOnlyList<MessageView> Items, int Page, int PageSize, int Total, bool ReadOnly);
