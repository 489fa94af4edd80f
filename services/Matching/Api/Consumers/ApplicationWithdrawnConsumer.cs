using MassTransit;
using Mentorship.Enrollment.Contracts;
using Mentorship.Matching.Data;
using Mentorship.Matching.Domain;
using Mentorship.Matching.Engine.Scoring;

namespace Mentorship.Matching.Consumers;

/// <summary>A withdrawn applicant leaves the pool; published pairs are Pairing's to close.</summary>
public sealed class ApplicationWithdrawnConsumer(MatchingDbContext db) : IConsumer<ApplicationWithdrawn>
{
    public async Task Consume(ConsumeContext<ApplicationWithdrawn> context)
    {
        var withdrawn = context.Message;
        var participant = await db.Participants.FindAsync([withdrawn.ApplicationId], context.CancellationToken);
        if (participant is null)
        {
            // Overtook its approval: keep a tombstone so the approval does not bring it back.
            participant = new Participant
            {
                ApplicationId = withdrawn.ApplicationId,
                ProgrammeId = withdrawn.ProgrammeId,
                PersonId = withdrawn.PersonId,
                Role = EnrollmentFacts.Role(withdrawn.Role),
                Profile = ParticipantProfile.Empty,
            };
            db.Participants.Add(participant);
        }

        participant.WithdrawnAt ??= withdrawn.WithdrawnAt;
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
