using MassTransit;
using Mentorship.Enrollment.Contracts;
using Mentorship.Pairing.Data;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Pairing.Consumers;

/// <summary>
/// Follows a programme's edited cadence, duration and alert threshold: monitoring measures every pair
/// against the new values from now on. One upsert that only a higher revision passes: two revisions
/// applied at once keep the highest, an older one arriving late changes nothing, and an edit that
/// overtook the creation makes the row, which ProgrammeCreated completes with the template when it comes.
/// </summary>
public sealed class ProgrammeSettingsChangedConsumer(PairingDbContext db) : IConsumer<ProgrammeSettingsChanged>
{
    public Task Consume(ConsumeContext<ProgrammeSettingsChanged> context)
    {
        var changed = context.Message;
        return db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO programmes (programme_id, template_id, settings_revision, meetings_per_month, duration_months,
                                    alert_after_weeks_without_meeting, created_at)
            VALUES ({changed.ProgrammeId}, '', {changed.Revision}, {changed.MeetingsPerMonth}, {changed.DurationMonths},
                    {changed.AlertAfterWeeksWithoutMeeting}, {default(DateTimeOffset)})
            ON CONFLICT (programme_id) DO UPDATE SET
                settings_revision = excluded.settings_revision,
                meetings_per_month = excluded.meetings_per_month,
                duration_months = excluded.duration_months,
                alert_after_weeks_without_meeting = excluded.alert_after_weeks_without_meeting
            WHERE programmes.settings_revision < excluded.settings_revision
            """, context.CancellationToken);
    }
}
