using Microsoft.EntityFrameworkCore;

namespace Mentorship.ServiceDefaults.Backend.Data;

/// <summary>How a background worker takes one job row so that no other replica takes it too.</summary>
public static class JobClaims
{
    /// <summary>
    /// Selects with <paramref name="query"/> (at most one row, ending in FOR UPDATE SKIP LOCKED), marks
    /// the row as taken with <paramref name="start"/> and commits; null when there is nothing to take.
    /// </summary>
    public static async Task<TJob?> ClaimOneAsync<TJob>(
        this DbContext db, FormattableString query, Action<TJob> start, CancellationToken cancellationToken)
        where TJob : class
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await db.Set<TJob>().FromSqlInterpolated(query).ToListAsync(cancellationToken);
        if (claimed.Count == 0)
            return null;

        start(claimed[0]);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return claimed[0];
    }
}
