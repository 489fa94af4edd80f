using MassTransit;
using Mentorship.Enrollment.Data;
using Mentorship.Enrollment.Domain.Partners;
using Mentorship.Pairing.Contracts;

namespace Mentorship.Enrollment.Consumers;

/// <summary>The mentor accepted: both members now see each other, with contact details where consented.</summary>
public sealed class MentorAcceptedConsumer(EnrollmentDbContext db) : IConsumer<MentorAccepted>
{
    public Task Consume(ConsumeContext<MentorAccepted> context)
    {
        var accepted = context.Message;
        return db.AdvanceAsync(
            accepted.PairId, accepted.ProgrammeId, accepted.MenteeId, accepted.MentorId, DisclosureStage.Accepted, accepted.AcceptedAt, context.CancellationToken);
    }
}
