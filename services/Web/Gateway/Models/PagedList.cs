namespace Mentorship.Web.Gateway.Models;

/// <summary>One page of a list endpoint and the total of the whole list.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public int PageCount => PagesOf(Total, PageSize);

    /// <summary>How many pages <paramref name="total"/> items make, at least one.</summary>
    public static int PagesOf(int total, int pageSize) => Math.Max(1, (total + pageSize - 1) / Math.Max(1, pageSize));
}
