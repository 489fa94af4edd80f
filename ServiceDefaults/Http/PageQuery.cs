namespace Mentorship.ServiceDefaults.Http;

/// <summary>The ?page=&amp;pageSize= of every list endpoint, bound with [AsParameters] so OpenAPI documents it.</summary>
public sealed record PageQuery(int? Page, int? PageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 200;

    public int PageNumber => Page ?? 1;

    public int Size => PageSize ?? DefaultPageSize;

    public int Skip => (PageNumber - 1) * Size;

    /// <summary>Throws a 400 naming the parameter when page or pageSize is out of range.</summary>
    public PageQuery Validated()
    {
        var errors = new Dictionary<string, string[]>();
        if (Size is < 1 or > MaxPageSize)
            errors["pageSize"] = [$"pageSize must be between 1 and {MaxPageSize}."];
        if (PageNumber < 1)
            errors["page"] = ["page must be 1 or more."];
        else if (!errors.ContainsKey("pageSize") && (long)(PageNumber - 1) * Size > int.MaxValue)
            errors["page"] = [$"page must be at most {(int.MaxValue / Size) + 1} with pageSize {Size}."];
        return errors.Count == 0 ? this : throw new RequestValidationException(errors);
    }
}
