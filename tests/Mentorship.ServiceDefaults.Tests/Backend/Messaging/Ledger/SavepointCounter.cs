using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Mentorship.ServiceDefaults.Tests.Backend.Messaging.Ledger;

/// <summary>Counts the savepoints EF Core creates in one ledger service (registered in its container).</summary>
public sealed class SavepointCounter : DbTransactionInterceptor
{
    private int _created;

    public int Created => Volatile.Read(ref _created);

    public override InterceptionResult CreatingSavepoint(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        Interlocked.Increment(ref _created);
        return result;
    }

    public override ValueTask<InterceptionResult> CreatingSavepointAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _created);
        return ValueTask.FromResult(result);
    }

    /// <summary>A save inside a transaction of the caller's own, where EF Core does create one: shows the count works.</summary>
    public static Task SaveInOwnTransactionAsync(LedgerService ledger) => ledger.QueryAsync(async db =>
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Entries.Add(new LedgerEntry { Id = Guid.NewGuid() });
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return 0;
    });
}
