namespace Mentorship.Messaging.Apis.Models;

/// <summary>One page of a person's notifications, newest first, with how many of all of them are unread.</summary>
public sealed record NotificationPage(IReadOnlyList<NotificationView> Items, int Page, int PageSize, int Total, int Unread);
