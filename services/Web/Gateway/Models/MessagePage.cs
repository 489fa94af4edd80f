namespace Mentorship.Web.Gateway.Models;

/// <summary>One page of a pair's thread, newest first, and whether it still takes new messages (a closed pair's does not).</summary>
public sealed record MessagePage(IReadOnlyList<Message> Items, int Page, int PageSize, int Total, bool ReadOnly)
{
    public int PageCount => PagedList<object>.PagesOf(Total, PageSize);
}
