namespace Mentorship.Web.Gateway.Models;

/// <summary>One page of the person's notifications, newest first, with how many of all of them are unread.</summary>
public sealed record NotificationPage(IReadOnlyList<Notification> Items, int Page, int PageSize, int Total, int Unread)
{
    public int PageCount => PagedList<object>.PagesOf(Total, PageSize);
}
