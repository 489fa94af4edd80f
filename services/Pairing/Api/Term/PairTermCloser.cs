using Mentorship.Pairing.Data;
using Mentorship.Pairing.Domain;
using Mentorship.Pairing.Extensions;
using Mentorship.ServiceDefaults.Backend.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Mentorship.Pairing.Term;

/// <summary>
/// Closes, with outcome term-reached and the system as closer, the active pairs still going TermGraceDays
/// after their programme's term, each with its PairClosed in the same transaction, so Evaluation sends
/// the closure surveys as for a manual close. A batch at a time: its rows are locked with SKIP LOCKED, so a
/// second replica takes other pairs or none, and a pair closed meanwhile (by hand, or by a replica whose
/// lock it waited for) is no longer active when read: nothing is closed twice.
/// </summary>
public sealed class PairTermCloser(PairingDbContext db, IOptions<PairingOptions> options, TimeProvider clock)
{
    // The term as the TermPassed alert measures it: months of the programme from the activation day.
    // xmin, a system column that p.* leaves out, is the pair's concurrency token.
    private const string DueSql = """
        SELECT p.*, p.xmin FROM pairs p
        JOIN programmes pr ON pr.programme_id = p.programme_id
        WHERE p.status = 'Active' AND pr.duration_months > 0
          AND ((p.activated_at AT TIME ZONE 'UTC')::date + make_interval(months => pr.duration_months))::date + {0} <= {1}
        ORDER BY p.activated_at, p.id
        LIMIT {2}
        FOR UPDATE OF p SKIP LOCKED
        """;

    /// <summary>Closes every pair due, batch after batch; returns how many this call closed.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var closed = 0;
        while (true)
        {
            var batch = await CloseBatchAsync(cancellationToken);
            closed += batch.Closed;
            if (batch.Read < options.Value.TermBatchSize)
                return closed;
        }
    }

    private async Task<(int Read, int Closed)> CloseBatchAsync(CancellationToken cancellationToken)
    {
        var now = Moments.Now(clock);
        var today = CalendarDays.Of(now);
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var due = await db.Pairs.FromSqlRaw(DueSql, options.Value.TermGraceDays, today, options.Value.TermBatchSize)
            .ToListAsync(cancellationToken);
        var closed = 0;
        foreach (var pair in due)
        {
            if (!pair.Close(PairOutcome.TermReached, notes: null, Pair.SystemActor, now).Changed)
                continue;
            db.AddEvent(PairingEvents.Closed(pair), clock);
            closed++;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (due.Count, closed);
    }
}
