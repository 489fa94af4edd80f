using MassTransit;
using Mentorship.Enrollment.Contracts;
using Mentorship.Matching.Data;
using Mentorship.Matching.Domain;
using Mentorship.ServiceDefaults.Backend.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Matching.Consumers;

/// <summary>
/// An approved applicant joins the programme's pool (a withdrawal that overtook the approval wins).
/// Approvals come by the dozen a second while staff work through a cohort: the inbox hands them over in
/// batches, applied with one query for the participants already known and one save, so the pool keeps
/// up instead of queueing behind one transaction per approval.
/// </summary>
public sealed class ApplicationApprovedConsumer(MatchingDbContext db) : IConsumer<ApplicationApproved>, IBatchApplier<ApplicationApproved>
{
    public Task Consume(ConsumeContext<ApplicationApproved> context) => ApplyAsync([context.Message], context.CancellationToken);

    public async Task ApplyAsync(IReadOnlyList<ApplicationApproved> messages, CancellationToken cancellationToken)
    {
        foreach (var programmeId in messages.Select(m => m.ProgrammeId).Distinct())
            await ProgrammeRows.EnsureAsync(db, programmeId, cancellationToken);

        var applicationIds = messages.Select(m => m.ApplicationId).Distinct().ToList();
        var known = await db.Participants.Where(p => applicationIds.Contains(p.ApplicationId)).ToDictionaryAsync(p => p.ApplicationId, cancellationToken);
        foreach (var approved in messages)
        {
            if (known.TryGetValue(approved.ApplicationId, out var participant))
            {
                participant.Profile = EnrollmentFacts.Profile(approved.Profile);
                participant.Capacity = approved.Profile.Capacity;
                participant.GlobalCapacity = approved.Profile.GlobalCapacity;
                participant.ApprovedAt = approved.ApprovedAt;
                continue;
            }

            // Known from here on: a second approval of the same application in the batch updates it.
            known[approved.ApplicationId] = db.Participants.Add(new Participant
            {
                ApplicationId = approved.ApplicationId,
                ProgrammeId = approved.ProgrammeId,
                PersonId = approved.PersonId,
                Role = EnrollmentFacts.Role(approved.Role),
                Profile = EnrollmentFacts.Profile(approved.Profile),
                Capacity = approved.Profile.Capacity,
                GlobalCapacity = approved.Profile.GlobalCapacity,
                ApprovedAt = approved.ApprovedAt,
            }).Entity;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
