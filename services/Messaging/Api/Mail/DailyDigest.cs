using Mentorship.Messaging.Data;
using Mentorship.Messaging.Domain.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Mentorship.Messaging.Mail;

/// <summary>
/// Once a day, after <see cref="MailOptions.DigestAt"/>, gathers the notifications waiting for each
/// person's digest into one mail. The day's row in digest_runs is the lease: the replica whose insert
/// wins runs it, in the same transaction as the mails it queues, so a day is digested exactly once.
/// </summary>
public sealed partial class DailyDigest(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IOptions<MailOptions> options,
    MailSignal signal,
    ILogger<DailyDigest> logger)
{
    /// <summary>The number of digest mails queued, or null when the day's digest is not due or already ran.</summary>
    public async Task<int?> RunIfDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var day = DateOnly.FromDateTime(now.UtcDateTime);
        if (TimeOnly.FromDateTime(now.UtcDateTime) < options.Value.DigestAt)
            return null;

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MessagingDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var leased = await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO digest_runs (day, ran_at, mails) VALUES ({day}, {now}, 0) ON CONFLICT DO NOTHING", cancellationToken);
        if (leased == 0)
            return null;

        var pending = await db.OutgoingMails
            .Where(m => m.Status == MailStatus.DigestPending)
            .ToListAsync(cancellationToken);
        var mails = 0;
        foreach (var person in pending.GroupBy(m => m.RecipientId!.Value))
        {
            var digest = OutgoingMail.Digest(person.Key, day, now);
            db.OutgoingMails.Add(digest);
            foreach (var item in person)
                item.IncludeIn(digest);
            await db.EnsureUnsubscribeTokenAsync(person.Key, null, now, cancellationToken);
            mails++;
        }

        await db.SaveChangesAsync(cancellationToken);
        await db.DigestRuns.Where(r => r.Day == day).ExecuteUpdateAsync(set => set.SetProperty(r => r.Mails, mails), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        signal.Notify();
        LogDigest(day, mails);
        return mails;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest of {Day}: {Mails} mails queued")]
    private partial void LogDigest(DateOnly day, int mails);
}
