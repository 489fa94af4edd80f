using MassTransit;
using Mentorship.Enrollment.Contracts;
using Mentorship.Matching.Data;
using Mentorship.Matching.Domain;

namespace Mentorship.Matching.Consumers;

/// <summary>An approved applicant joins the programme's pool (a withdrawal that overtook the approval wins).</summary>
public sealed class ApplicationApprovedConsumer(MatchingDbContext db) : IConsumer<ApplicationApproved>
{
    public async Task Consume(ConsumeContext<ApplicationApproved> context)
    {
        var approved = context.Message;
        await ProgrammeRows.EnsureAsync(db, approved.ProgrammeId, context.CancellationToken);

        var participant = await db.Participants.FindAsync([approved.ApplicationId], context.CancellationToken);
        if (participant is null)
        {
            db.Participants.Add(new Participant
            {
                ApplicationId = approved.ApplicationId,
                ProgrammeId = approved.ProgrammeId,
                PersonId = approved.PersonId,
                Role = EnrollmentFacts.Role(approved.Role),
                Profile = EnrollmentFacts.Profile(approved.Profile),
                Capacity = approved.Profile.Capacity,
                GlobalCapacity = approved.Profile.GlobalCapacity,
                ApprovedAt = approved.ApprovedAt,
            });
        }
        else
        {
            participant.Profile = EnrollmentFacts.Profile(approved.Profile);
            participant.Capacity = approved.Profile.Capacity;
            participant.GlobalCapacity = approved.Profile.GlobalCapacity;
            participant.ApprovedAt = approved.ApprovedAt;
        }

        await db.SaveChangesAsync(context.CancellationToken);
    }
}
