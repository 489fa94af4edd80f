using MassTransit;
using Mentorship.Enrollment.Contracts;
using Mentorship.Pairing.Data;
using Mentorship.Pairing.Domain;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Pairing.Consumers;

/// <summary>
/// Follows a programme's edited cadence, duration and alert threshold: monitoring measures every pair
/// against the new values from now on. An older revision arriving late is ignored.
/// </summary>
public sealed class ProgrammeSettingsChangedConsumer(PairingDbContext db) : IConsumer<ProgrammeSettingsChanged>
{
    public async Task Consume(ConsumeContext<ProgrammeSettingsChanged> context)
    {
        var changed = context.Message;
        // One conditional UPDATE: two revisions applied at once cannot both pass a check read before
        // either wrote, so the highest always stays.
        var updated = await db.Database.ExecuteSqlInterpolatedAsync($"""
            UPDATE programmes
            SET settings_revision = {changed.Revision}, meetings_per_month = {changed.MeetingsPerMonth},
                duration_months = {changed.DurationMonths}, alert_after_weeks_without_meeting = {changed.AlertAfterWeeksWithoutMeeting}
            WHERE programme_id = {changed.ProgrammeId} AND settings_revision < {changed.Revision}
            """, context.CancellationToken);
        if (updated > 0 || await db.Programmes.AnyAsync(p => p.ProgrammeId == changed.ProgrammeId, context.CancellationToken))
            return;

        // The edit overtook the creation: ProgrammeCreated fills in the template when it comes (two
        // inserts at once: the second fails on the key and is retried into the UPDATE above).
        db.Programmes.Add(new ProgrammeCadence
        {
            ProgrammeId = changed.ProgrammeId,
            TemplateId = "",
            SettingsRevision = changed.Revision,
            MeetingsPerMonth = changed.MeetingsPerMonth,
            DurationMonths = changed.DurationMonths,
            AlertAfterWeeksWithoutMeeting = changed.AlertAfterWeeksWithoutMeeting,
        });
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
