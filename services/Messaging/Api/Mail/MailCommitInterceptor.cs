using System.Data.Common;
using System.Runtime.CompilerServices;
using Mentorship.Messaging.Domain.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Mentorship.Messaging.Mail;

/// <summary>
/// Wakes the sender once queued mails are visible to it: at once after a SaveChanges of its own, or when
/// the consumer's inbox transaction commits. Waking it earlier would only find nothing.
/// </summary>
public sealed class MailCommitInterceptor(MailSignal signal) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, object> _queued = [];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context
            && context.ChangeTracker.Entries<OutgoingMail>().Any(e => e.Entity.Status == MailStatus.Queued && e.State is EntityState.Added or EntityState.Modified))
            _queued.AddOrUpdate(context, signal);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
            Wake(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public Task TransactionCommittedAsync(
        DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Wake(eventData.Context);
        return Task.CompletedTask;
    }

    public Task TransactionRolledBackAsync(
        DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
            _queued.Remove(context);
        return Task.CompletedTask;
    }

    private void Wake(DbContext? context)
    {
        if (context is not null && _queued.Remove(context))
            signal.Notify();
    }
}
