using MassTransit;
using Mentorship.Enrollment.Contracts;
using Mentorship.Pairing.Data;
using Mentorship.Pairing.Domain;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Pairing.Consumers;

/// <summary>Keeps the programme's cadence for monitoring; pairs proposed before it arrives are measured once it does.</summary>
public sealed class ProgrammeCreatedConsumer(PairingDbContext db) : IConsumer<ProgrammeCreated>
{
    public async Task Consume(ConsumeContext<ProgrammeCreated> context)
    {
        var created = context.Message;
        var programme = await db.Programmes.FirstOrDefaultAsync(p => p.ProgrammeId == created.ProgrammeId, context.CancellationToken);
        if (programme is null)
        {
            programme = new ProgrammeCadence { ProgrammeId = created.ProgrammeId, TemplateId = created.TemplateId };
            db.Programmes.Add(programme);
        }

        programme.TemplateId = created.TemplateId;
        // An edit that overtook the creation already holds newer settings.
        if (programme.SettingsRevision == 0)
        {
            programme.MeetingsPerMonth = created.MeetingsPerMonth;
            programme.DurationMonths = created.DurationMonths;
            programme.AlertAfterWeeksWithoutMeeting = created.AlertAfterWeeksWithoutMeeting;
        }

        programme.CreatedAt = Moments.Cut(created.CreatedAt);
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
