using Mentorship.Messaging.Apis;
using Mentorship.Messaging.Data;
using Mentorship.Messaging.Domain.Concerns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Mentorship.Messaging.Concerns;

/// <summary>
/// Escalates the concerns whose tier did not acknowledge them in time. Rows are claimed with FOR UPDATE
/// SKIP LOCKED, so replicas share the work and none escalates a concern twice; each batch is one commit
/// of the steps, their notifications and events. A concern at the last tier stops its clock.
/// </summary>
public sealed class ConcernEscalator(MessagingDbContext db, TimeProvider clock, IOptions<ConcernEscalationOptions> options)
{
    public const string OverdueNote = "Not acknowledged in time: escalated to the next tier.";

    /// <summary>Escalates every overdue concern; returns how many went up a tier.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var escalated = 0;
        while (true)
        {
            var (claimed, up) = await RunBatchAsync(cancellationToken);
            escalated += up;
            if (claimed < options.Value.BatchSize)
                return escalated;
        }
    }

    private async Task<(int Claimed, int Escalated)> RunBatchAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var due = await db.Concerns
            .FromSqlInterpolated(
                $"""
                SELECT c.*, c.xmin FROM concerns c
                WHERE c.respond_by IS NOT NULL AND c.respond_by <= {now} AND c.status IN ('Open', 'Escalated')
                ORDER BY c.respond_by LIMIT {options.Value.BatchSize}
                FOR UPDATE SKIP LOCKED
                """)
            .ToListAsync(cancellationToken);
        var escalated = 0;
        foreach (var concern in due)
        {
            var policy = await ConcernsApi.PolicyAsync(db, concern.ProgrammeId, concern.Lab, cancellationToken);
            var from = concern.Status;
            var before = concern.ContactIds.ToList();
            if (!concern.Escalate(policy, now).Changed)
            {
                concern.StopClock();
                continue;
            }

            var step = ConcernStep.Of(concern, from, null, OverdueNote, now);
            db.ConcernSteps.Add(step);
            await db.AnnounceAsync(concern, step, concern.ContactIds.Except(before).ToList(), clock, cancellationToken);
            escalated++;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return (due.Count, escalated);
    }
}
