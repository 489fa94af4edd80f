using MassTransit;
using Mentorship.Messaging.Data;
using Mentorship.Pairing.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Messaging.Consumers;

/// <summary>
/// Keeps the programmes' rosters of referents and each pair's referent, as Pairing announces them. Upserts,
/// so a repeat changes nothing, and the latest assignment wins whatever order they arrive in.
/// </summary>
public sealed class ReferentsConsumer(MessagingDbContext db) : IConsumer<ReferentJoined>, IConsumer<PairReferentAssigned>
{
    public Task Consume(ConsumeContext<ReferentJoined> context)
    {
        var joined = context.Message;
        return db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO programme_referents (programme_id, person_id, joined_at)
            VALUES ({joined.ProgrammeId}, {joined.PersonId}, {joined.JoinedAt})
            ON CONFLICT (programme_id, person_id) DO NOTHING
            """,
            context.CancellationToken);
    }

    public Task Consume(ConsumeContext<PairReferentAssigned> context)
    {
        var assigned = context.Message;
        return db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO pair_referents (pair_id, programme_id, referent_id, assigned_at)
            VALUES ({assigned.PairId}, {assigned.ProgrammeId}, {assigned.ReferentId}, {assigned.AssignedAt})
            ON CONFLICT (pair_id) DO UPDATE SET referent_id = EXCLUDED.referent_id, assigned_at = EXCLUDED.assigned_at
            WHERE pair_referents.assigned_at < EXCLUDED.assigned_at
            """,
            context.CancellationToken);
    }
}
