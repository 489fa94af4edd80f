namespace Mentorship.ServiceDefaults.Http;

/// <summary>One page of a list and the total count of the whole list.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);
