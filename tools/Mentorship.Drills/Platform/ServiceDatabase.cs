using Mentorship.ServiceDefaults.Backend.Data;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Drills.Platform;

/// <summary>
/// A service's own database, read (and for Matching's outbox, written) by the drill with the service's
/// model. No pooling: after PostgreSQL restarts, every query opens a fresh connection.
/// </summary>
public sealed class ServiceDatabase<TDbContext>
    where TDbContext : DbContext
{
    private readonly DbContextOptions<TDbContext> _options;
    private readonly Func<DbContextOptions<TDbContext>, TDbContext> _create;

    public ServiceDatabase(string connectionString, Func<DbContextOptions<TDbContext>, TDbContext> create)
    {
        var options = new DbContextOptionsBuilder<TDbContext>();
        options.UseServiceDatabase(connectionString + ";Pooling=false");
        _options = options.Options;
        _create = create;
    }

    public async Task<T> QueryAsync<T>(Func<TDbContext, Task<T>> query)
    {
        await using var db = _create(_options);
        return await query(db);
    }
}
