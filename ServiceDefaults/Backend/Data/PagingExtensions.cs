using Mentorship.ServiceDefaults.Http;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.ServiceDefaults.Backend.Data;

public static class PagingExtensions
{
    /// <summary>Counts the query and reads the requested page of it; the query must be ordered.</summary>
    public static async Task<PagedResult<T>> ToPageAsync<T>(
        this IQueryable<T> query, PageQuery page, CancellationToken cancellationToken)
    {
        var valid = page.Validated();
        var total = await query.CountAsync(cancellationToken);
        var items = await query.Skip(valid.Skip).Take(valid.Size).ToListAsync(cancellationToken);
        return new PagedResult<T>(items, valid.PageNumber, valid.Size, total);
    }
}
