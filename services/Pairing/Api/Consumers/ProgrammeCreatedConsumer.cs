using MassTransit;
using Mentorship.Enrollment.Contracts;
using Mentorship.Pairing.Data;
using Mentorship.Pairing.Domain;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Pairing.Consumers;

/// <summary>
/// Keeps the programme's cadence for monitoring; pairs proposed before it arrives are measured once it
/// does. One upsert, so an edit applied at the same moment cannot be overwritten: the row is locked
/// and the creation's settings are taken only while no edit (revision 0) has been applied.
/// </summary>
public sealed class ProgrammeCreatedConsumer(PairingDbContext db) : IConsumer<ProgrammeCreated>
{
    public Task Consume(ConsumeContext<ProgrammeCreated> context)
    {
        var created = context.Message;
        return db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO programmes (programme_id, template_id, settings_revision, meetings_per_month, duration_months,
                                    alert_after_weeks_without_meeting, created_at)
            VALUES ({created.ProgrammeId}, {created.TemplateId}, 0, {created.MeetingsPerMonth}, {created.DurationMonths},
                    {created.AlertAfterWeeksWithoutMeeting}, {Moments.Cut(created.CreatedAt)})
            ON CONFLICT (programme_id) DO UPDATE SET
                template_id = excluded.template_id,
                created_at = excluded.created_at,
                meetings_per_month = CASE WHEN programmes.settings_revision = 0 THEN excluded.meetings_per_month ELSE programmes.meetings_per_month END,
                duration_months = CASE WHEN programmes.settings_revision = 0 THEN excluded.duration_months ELSE programmes.duration_months END,
                alert_after_weeks_without_meeting = CASE WHEN programmes.settings_revision = 0
                    THEN excluded.alert_after_weeks_without_meeting ELSE programmes.alert_after_weeks_without_meeting END
            """, context.CancellationToken);
    }
}
