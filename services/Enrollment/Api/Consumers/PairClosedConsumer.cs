using MassTransit;
using Mentorship.Enrollment.Data;
using Mentorship.Pairing.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Enrollment.Consumers;

/// <summary>Records that a pair ended, for the retention rule; a redelivery changes nothing.</summary>
public sealed class PairClosedConsumer(EnrollmentDbContext db) : IConsumer<PairClosed>
{
    public Task Consume(ConsumeContext<PairClosed> context)
    {
        var closed = context.Message;
        return db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO closed_pairs (pair_id, programme_id, mentee_id, mentor_id, closed_at)
            VALUES ({closed.PairId}, {closed.ProgrammeId}, {closed.MenteeId}, {closed.MentorId}, {closed.ClosedAt})
            ON CONFLICT (pair_id) DO NOTHING
            """, context.CancellationToken);
    }
}
