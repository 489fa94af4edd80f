using MassTransit;
using Mentorship.Enrollment.Contracts;
using Mentorship.Pairing.Data;
using Mentorship.ServiceDefaults.Backend.Privacy;
using Mentorship.ServiceDefaults.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Pairing.Consumers;

/// <summary>
/// Pairing's part of an erasure: the free text of the person's pairs (decline reason, closing notes,
/// first-meeting notes, action plan goals, meeting places, staff's follow-up texts and closing interview
/// answers in words) is cleared, and their id becomes a
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
        await db.FollowUpEntries.Where(e => pairs.Any(p => p.Id == e.PairId))
            .ExecuteUpdateAsync(
                e => e.SetProperty(x => x.Summary, (string?)null).SetProperty(x => x.Progress, (string?)null).SetProperty(x => x.NextActions, new List<string>()),
                cancellationToken);
        await pairs.ExecuteUpdateAsync(
            p => p.SetProperty(x => x.DeclineReason, (string?)null).SetProperty(x => x.ClosingNotes, (string?)null), cancellationToken);
        // The first meeting's notes, the action plan's goals and the interviews' answers are JSON documents:
        // their text goes, their counts and scores stay.
        await db.Database.ExecuteSqlAsync(
            $$"""
            UPDATE pairs SET first_meeting = jsonb_set(first_meeting, '{Notes}', 'null'),
                action_plan = CASE WHEN action_plan IS NULL THEN NULL ELSE '[]'::jsonb END,
                closing_interviews = (SELECT jsonb_agg(i - 'WhatWorked' - 'WhatToImprove') FROM jsonb_array_elements(closing_interviews) i)
            WHERE mentee_id = {{request.PersonId}} OR mentor_id = {{request.PersonId}}
            """,
            cancellationToken);
        await PersonErasure.CompleteAsync(db, request.PersonId, new PersonErased(request.ErasureId, ResourceNames.Pairing, clock.GetUtcNow()), clock, cancellationToken);
    }
}
