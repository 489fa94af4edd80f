using MassTransit;
using Mentorship.Messaging.Contracts;
using Mentorship.Pairing.Data;
using Mentorship.Pairing.Domain;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Pairing.Consumers;

/// <summary>
/// Follows a pair's concern past its first acknowledgement: the latest escalation and acknowledgement
/// (an escalated concern is unanswered again until its new tier takes it up) and its resolution, which
/// ends the "concern unanswered" alert. Latest-wins with GREATEST, so order and repeats do not matter.
/// </summary>
public sealed class ConcernStatusChangedConsumer(PairingDbContext db) : IConsumer<ConcernStatusChanged>
{
    public Task Consume(ConsumeContext<ConcernStatusChanged> context)
    {
        var changed = context.Message;
        if (changed.PairId is not { } pairId)
            return Task.CompletedTask;
        var at = Moments.Cut(changed.ChangedAt);
        DateTimeOffset? acknowledgedAt = changed.Status is ConcernStatuses.Acknowledged or ConcernStatuses.InProgress ? at : null;
        DateTimeOffset? escalatedAt = changed.Status == ConcernStatuses.Escalated ? at : null;
        DateTimeOffset? resolvedAt = changed.Status == ConcernStatuses.Resolved ? at : null;
        return db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO pair_concerns (concern_id, pair_id, programme_id, acknowledged_at, escalated_at, resolved_at, tier)
            VALUES ({changed.ConcernId}, {pairId}, {changed.ProgrammeId}, {acknowledgedAt}, {escalatedAt}, {resolvedAt}, {changed.Tier})
            ON CONFLICT (concern_id) DO UPDATE SET
                acknowledged_at = GREATEST(pair_concerns.acknowledged_at, EXCLUDED.acknowledged_at),
                escalated_at = GREATEST(pair_concerns.escalated_at, EXCLUDED.escalated_at),
                resolved_at = COALESCE(pair_concerns.resolved_at, EXCLUDED.resolved_at),
                tier = GREATEST(pair_concerns.tier, EXCLUDED.tier)
            """,
            context.CancellationToken);
    }
}
