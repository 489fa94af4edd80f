using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Mentorship.ServiceDefaults.Backend.Data;

public static class DatabaseMigrationExtensions
{
    /// <summary>The argument that turns a service binary into its own migration job.</summary>
    public const string MigrateArgument = "migrate";

    /// <summary>
    /// When started with "migrate", applies the EF Core migrations (creating the database if needed)
    /// and returns true so Program exits. Migrations run as a deploy step, never at service start-up,
    /// so replicas do not race.
    /// </summary>
    public static async Task<bool> MigrateIfRequestedAsync<TDbContext>(this WebApplication app, string[] args)
        where TDbContext : DbContext
    {
        if (!args.Contains(MigrateArgument, StringComparer.OrdinalIgnoreCase))
            return false;

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("Migrations");

        // Database and history table first: EF would otherwise query a missing table and log it as a failure.
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync())
            await creator.CreateAsync();
        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync();

        var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
        logger.LogInformation("Applying {Count} migration(s) to {Database}: {Migrations}",
            pending.Count, db.Database.GetDbConnection().Database, string.Join(", ", pending));
        await db.Database.MigrateAsync();
        logger.LogInformation("Database {Database} is up to date", db.Database.GetDbConnection().Database);
        return true;
    }
}
