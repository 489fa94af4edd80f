using MassTransit;
using Mentorship.Enrollment.Contracts;
using Mentorship.Pairing.Data;
using Mentorship.ServiceDefaults.Backend.Privacy;
using Mentorship.ServiceDefaults.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Pairing.Consumers;

/// <summary>
/// Pairing's part of an erasure: the free text of the person's pairs (decline reason, closing notes,
/// first-meeting notes, action plan goals, meeting places) is cleared, and their id becomes a
/// pseudonym, so the pairs, meetings and alerts still count and the partner keeps their own history.
/// </summary>
public sealed class PersonErasureRequestedConsumer(PairingDbContext db, TimeProvider clock) : IConsumer<PersonErasureRequested>
{
    public async Task Consume(ConsumeContext<PersonErasureRequested> context)
    {
        var request = context.Message;
        var cancellationToken = context.CancellationToken;
        var pairs = db.Pairs.Where(p => p.MenteeId == request.PersonId || p.MentorId == request.PersonId);
        await db.Meetings.Where(m => pairs.Any(p => p.Id == m.PairId))
            .ExecuteUpdateAsync(m => m.SetProperty(x => x.Place, (string?)null), cancellationToken);
        await pairs.ExecuteUpdateAsync(
            p => p.SetProperty(x => x.DeclineReason, (string?)null).SetProperty(x => x.ClosingNotes, (string?)null), cancellationToken);
        // The first meeting's notes and the action plan's goals are JSON documents: their text goes, their counts stay.
        await db.Database.ExecuteSqlAsync(
            $"UPDATE pairs SET first_meeting = jsonb_set(first_meeting, '{{Notes}}', 'null'), action_plan = CASE WHEN action_plan IS NULL THEN NULL ELSE '[]'::jsonb END WHERE mentee_id = {request.PersonId} OR mentor_id = {request.PersonId}",
            cancellationToken);
        await PersonErasure.CompleteAsync(db, request.PersonId, new PersonErased(request.ErasureId, ResourceNames.Pairing, clock.GetUtcNow()), clock, cancellationToken);
    }
}
