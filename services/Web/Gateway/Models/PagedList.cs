namespace Mentorship.Web.Gateway.Models;

/// <summary>One page of a list endpoint and the total of the whole list.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / Math.Max(1, PageSize));
}
