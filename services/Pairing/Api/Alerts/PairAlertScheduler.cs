using Mentorship.Pairing.Data;
using Mentorship.Pairing.Domain;
using Mentorship.ServiceDefaults.Backend.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Mentorship.Pairing.Alerts;

/// <summary>
/// Runs the evaluation once per tick across replicas. The replica that locks the schedule row while it is
/// due evaluates in the same transaction and moves the due time on; the others skip the locked row (or
/// find it no longer due) and do nothing. A row lock rather than a lease with an expiry: it lasts exactly
/// as long as the run's transaction, a replica that dies mid-run frees it with its connection (and its
/// half-run rolls back), and no expiry has to outlast the slowest run.
/// </summary>
public sealed class PairAlertScheduler(
    PairingDbContext db, AlertEvaluation evaluation, OutboxSignal signal, IOptions<AlertsOptions> options, TimeProvider clock)
{
    private static readonly string Holder = $"{Environment.MachineName}/{Environment.ProcessId}";

    /// <summary>
    /// Evaluates when the tick is due and no other replica is at it; with <paramref name="onlyIfDue"/> false,
    /// waits for a running evaluation to end and evaluates anyway (tests, the bench, an operator). Null when
    /// this call did not evaluate.
    /// </summary>
    public async Task<AlertRun?> RunAsync(bool onlyIfDue, CancellationToken cancellationToken)
    {
        var now = Moments.Now(clock);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var schedule = await (onlyIfDue
                ? db.AlertSchedules.FromSqlInterpolated(
                    $"SELECT * FROM alert_schedules WHERE name = {AlertSchedule.PairAlerts} AND due_at <= {now} FOR UPDATE SKIP LOCKED")
                : db.AlertSchedules.FromSqlInterpolated(
                    $"SELECT * FROM alert_schedules WHERE name = {AlertSchedule.PairAlerts} FOR UPDATE"))
            .SingleOrDefaultAsync(cancellationToken);
        if (schedule is null)
            return null;

        var run = await evaluation.EvaluateAsync(now, cancellationToken);
        schedule.DueAt = now + options.Value.Interval;
        schedule.Holder = Holder;
        schedule.LastRunAt = now;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        // The events were copied, not tracked: the commit interceptor does not know of them.
        if (run.Events > 0)
            signal.Notify();
        return run;
    }
}
