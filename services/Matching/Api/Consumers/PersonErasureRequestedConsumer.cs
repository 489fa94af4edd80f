using MassTransit;
using Mentorship.Enrollment.Contracts;
using Mentorship.Matching.Data;
using Mentorship.ServiceDefaults.Backend.Privacy;
using Mentorship.ServiceDefaults.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Matching.Consumers;

/// <summary>
/// Matching's part of an erasure: the person leaves the pool (their matching profile goes), the
/// coordinators' reasons about their pairs are cleared, and their id in rounds, proposals and
/// placements becomes a pseudonym, so past rounds still add up. Redis holds round progress only, keyed by round.
/// </summary>
public sealed class PersonErasureRequestedConsumer(MatchingDbContext db, TimeProvider clock) : IConsumer<PersonErasureRequested>
{
    public async Task Consume(ConsumeContext<PersonErasureRequested> context)
    {
        var request = context.Message;
        var cancellationToken = context.CancellationToken;
        await db.Participants.Where(p => p.PersonId == request.PersonId).ExecuteDeleteAsync(cancellationToken);
        await db.Appreciations
            .Where(a => a.MenteeId == request.PersonId || a.MentorId == request.PersonId)
            .ExecuteUpdateAsync(a => a.SetProperty(x => x.Reason, "").SetProperty(x => x.EndReason, (string?)null), cancellationToken);
        await PersonErasure.CompleteAsync(db, request.PersonId, new PersonErased(request.ErasureId, ResourceNames.Matching, clock.GetUtcNow()), clock, cancellationToken);
    }
}
