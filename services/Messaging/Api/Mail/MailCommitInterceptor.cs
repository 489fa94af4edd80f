using System.Data.Common;
using System.Runtime.CompilerServices;
using Mentorship.Messaging.Domain.Mail;
using Mentorship.ServiceDefaults.Backend.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
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
        if (eventData.Context is { } context && context.ChangeTracker.EntriesWithoutDetectingChanges<OutgoingMail>().Any(BecameQueued))
            _queued.AddOrUpdate(context, signal);
        return ValueTask.FromResult(result);
    }

    /// <summary>
    /// A mail added as queued, or put back in the queue (ops' resend). Its status is compared with the one
    /// it was read with instead of detecting the whole context's changes, which SaveChanges does itself
    /// right after. A mail that stays queued (a passing failure, retried later) wakes no one.
    /// </summary>
    public static bool BecameQueued(EntityEntry<OutgoingMail> entry) =>
        entry.Entity.Status == MailStatus.Queued
        && (entry.State == EntityState.Added
            || (entry.State != EntityState.Deleted && entry.OriginalValues.GetValue<MailStatus>(nameof(OutgoingMail.Status)) != MailStatus.Queued));

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
