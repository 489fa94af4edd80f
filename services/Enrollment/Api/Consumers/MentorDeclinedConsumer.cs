using MassTransit;
using Mentorship.Enrollment.Data;
using Mentorship.Enrollment.Domain.Partners;
using Mentorship.Pairing.Contracts;

namespace Mentorship.Enrollment.Consumers;

/// <summary>The mentor declined: the mentee's profile is no longer shown to them.</summary>
public sealed class MentorDeclinedConsumer(EnrollmentDbContext db) : IConsumer<MentorDeclined>
{
    public Task Consume(ConsumeContext<MentorDeclined> context)
    {
        var declined = context.Message;
        return db.AdvanceAsync(
            declined.PairId, declined.ProgrammeId, declined.MenteeId, declined.MentorId, DisclosureStage.Declined, declined.DeclinedAt, context.CancellationToken);
    }
}
