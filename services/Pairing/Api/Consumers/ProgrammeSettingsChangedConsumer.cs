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
        var programme = await db.Programmes.FirstOrDefaultAsync(p => p.ProgrammeId == changed.ProgrammeId, context.CancellationToken);
        if (programme is null)
        {
            // The edit overtook the creation: ProgrammeCreated fills in the template when it comes.
            programme = new ProgrammeCadence { ProgrammeId = changed.ProgrammeId, TemplateId = "" };
            db.Programmes.Add(programme);
        }
        else if (programme.SettingsRevision >= changed.Revision)
        {
            return;
        }

        programme.SettingsRevision = changed.Revision;
        programme.MeetingsPerMonth = changed.MeetingsPerMonth;
        programme.DurationMonths = changed.DurationMonths;
        programme.AlertAfterWeeksWithoutMeeting = changed.AlertAfterWeeksWithoutMeeting;
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
