using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Npgsql;

namespace Mentorship.ServiceDefaults.Backend.Data;

/// <summary>
/// Writes the rows a batch consumer added with PostgreSQL's binary COPY instead of SaveChanges' INSERTs.
/// A round's publication adds thousands of rows at once, and EF Core writes the SQL of each INSERT anew:
/// in the publication bench that was most of Messaging's consumer CPU. The rows go out in the context's
/// transaction, so they commit or roll back with the rest of the batch; their entries are then marked
/// Unchanged, so SaveChanges does not insert them again. Not detached: EF Core would detach the added
/// rows that depend on them too, and SaveChanges would silently skip those. A copied row's version
/// (<c>xmin</c>) is not read back: call this last, just before SaveChanges, not on rows to change again.
/// </summary>
public static class AddedRowsCopy
{
    /// <summary>
    /// From this many messages in a batch, its rows are worth copying. Fewer go through SaveChanges as
    /// usual, and so does a single event, which keeps every check of that path (the column-length guard's
    /// 400 among them). Decided per batch, not per type: a dependent's rows copied while its principal's
    /// wait for SaveChanges would break their foreign key.
    /// </summary>
    public const int BatchThreshold = 8;

    /// <summary>
    /// Copies the added <typeparamref name="TEntity"/> rows; returns how many were copied. Call it for a
    /// principal's type before its dependents' (foreign keys are checked as rows arrive), and only inside
    /// a transaction. A value over its column's limit fails the COPY, and with it the batch: the inbox then
    /// applies each message alone, through SaveChanges.
    /// </summary>
    public static async Task<int> CopyAddedAsync<TEntity>(this DbContext db, CancellationToken cancellationToken)
        where TEntity : class
    {
        var added = db.ChangeTracker.EntriesWithoutDetectingChanges<TEntity>().Where(e => e.State == EntityState.Added).ToList();
        if (added.Count == 0)
            return 0;
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException($"Copying {typeof(TEntity).Name} rows needs a transaction: they must commit with the rest of the batch.");

        var table = CopyTable.Of(db.Model.FindEntityType(typeof(TEntity))
            ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not part of {db.GetType().Name}'s model."));
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using (var importer = await connection.BeginBinaryImportAsync(table.CopyCommand, cancellationToken))
        {
            foreach (var entry in added)
                await WriteRowAsync(importer, table, entry, cancellationToken);
            await importer.CompleteAsync(cancellationToken);
        }

        foreach (var entry in added)
            entry.State = EntityState.Unchanged;
        return added.Count;
    }

    private static async Task WriteRowAsync(NpgsqlBinaryImporter importer, CopyTable table, EntityEntry entry, CancellationToken cancellationToken)
    {
        await importer.StartRowAsync(cancellationToken);
        foreach (var column in table.Columns)
        {
            var value = column.ToProvider(entry.CurrentValues[column.Property]);
            if (value is null)
                await importer.WriteNullAsync(cancellationToken);
            else
                await importer.WriteAsync(value, column.DataTypeName, cancellationToken);
        }
    }
}
