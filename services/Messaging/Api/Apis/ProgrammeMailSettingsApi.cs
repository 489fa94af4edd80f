using Mentorship.Messaging.Apis.Models;
using Mentorship.Messaging.Data;
using Mentorship.Messaging.Domain.Mail;
using Mentorship.ServiceDefaults.Http;
using Mentorship.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Messaging.Apis;

/// <summary>A programme's mail signature and staff address, set by its coordinators.</summary>
public static class ProgrammeMailSettingsApi
{
    private const string Refusal = "A programme's mail settings are set by its coordinators.";

    public static IEndpointRouteBuilder MapProgrammeMailSettingsApi(this IEndpointRouteBuilder app)
    {
        var settings = app.MapGroup("/api/programmes/{programmeId:guid}/mail-settings").WithTags("Mail")
            .RequireProgrammeStaff(Refusal, PlatformRoles.Coordinator, PlatformRoles.ProgrammeAdmin);
        settings.MapGet("", GetProgrammeMailSettings);
        settings.MapPut("", PutProgrammeMailSettings).WithValidation<ProgrammeMailSettingsRequest>();
        return app;
    }

    public static async Task<Ok<ProgrammeMailSettingsView>> GetProgrammeMailSettings(
        Guid programmeId, MessagingDbContext db, CancellationToken cancellationToken)
    {
        var profile = await db.ProgrammeMailProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.ProgrammeId == programmeId, cancellationToken);
        return TypedResults.Ok(new ProgrammeMailSettingsView(programmeId, profile?.Name, profile?.Signature, profile?.StaffAddress));
    }

    public static async Task<Ok<ProgrammeMailSettingsView>> PutProgrammeMailSettings(
        Guid programmeId,
        ProgrammeMailSettingsRequest request,
        MessagingDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var profile = await db.ProgrammeMailProfiles.FirstOrDefaultAsync(p => p.ProgrammeId == programmeId, cancellationToken);
        if (profile is null)
        {
            profile = new ProgrammeMailProfile { ProgrammeId = programmeId };
            db.ProgrammeMailProfiles.Add(profile);
        }

        profile.Signature = request.Signature?.Trim();
        profile.StaffAddress = string.IsNullOrEmpty(request.StaffAddress) ? null : request.StaffAddress;
        profile.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new ProgrammeMailSettingsView(programmeId, profile.Name, profile.Signature, profile.StaffAddress));
    }
}
