using MassTransit;
using Mentorship.Messaging.Contracts;
using Mentorship.Pairing.Data;
using Mentorship.Pairing.Domain;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Pairing.Consumers;

/// <summary>
/// Keeps when a concern about a pair was raised and acknowledged, for the concern-unanswered alert; a
/// concern about no pair is not Pairing's to follow. The two may arrive in either order; one seen again
/// moves nothing.
/// </summary>
public sealed class ConcernsConsumer(PairingDbContext db) : IConsumer<ConcernRaised>, IConsumer<ConcernAcknowledged>
{
    public Task Consume(ConsumeContext<ConcernRaised> context)
    {
        var raised = context.Message;
        return raised.PairId is { } pairId
            ? KeepAsync(raised.ConcernId, pairId, raised.ProgrammeId, Moments.Cut(raised.RaisedAt), null, context.CancellationToken)
            : Task.CompletedTask;
    }

    public Task Consume(ConsumeContext<ConcernAcknowledged> context)
    {
        var acknowledged = context.Message;
        return acknowledged.PairId is { } pairId
            ? KeepAsync(acknowledged.ConcernId, pairId, acknowledged.ProgrammeId, null, Moments.Cut(acknowledged.AcknowledgedAt), context.CancellationToken)
            : Task.CompletedTask;
    }

    private Task KeepAsync(
        Guid concernId, Guid pairId, Guid programmeId, DateTimeOffset? raisedAt, DateTimeOffset? acknowledgedAt, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO pair_concerns (concern_id, pair_id, programme_id, raised_at, acknowledged_at)
            VALUES ({concernId}, {pairId}, {programmeId}, {raisedAt}, {acknowledgedAt})
            ON CONFLICT (concern_id) DO UPDATE SET
                raised_at = COALESCE(pair_concerns.raised_at, EXCLUDED.raised_at),
                acknowledged_at = COALESCE(pair_concerns.acknowledged_at, EXCLUDED.acknowledged_at)
            """,
            cancellationToken);
}
