using Mentorship.Messaging.Apis.Models;
using Mentorship.Messaging.Data;
using Mentorship.Messaging.Domain.Mail;
using Mentorship.Messaging.Domain.Notifications;
using Mentorship.ServiceDefaults.Http;
using Mentorship.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Messaging.Apis;

/// <summary>The caller's own mail settings: per kind immediate, digest or off, the language, an address of their choosing.</summary>
public static class MailSettingsApi
{
    public static IEndpointRouteBuilder MapMailSettingsApi(this IEndpointRouteBuilder app)
    {
        var settings = app.MapGroup("/api/me/mail-settings").WithTags("Mail");
        settings.MapGet("", GetMailSettings);
        settings.MapPut("", PutMailSettings).WithValidation<MailSettingsRequest>();
        return app;
    }

    public static async Task<Ok<MailSettingsView>> GetMailSettings(
        CurrentUser user, MessagingDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ViewAsync(db, user.PersonId, cancellationToken));

    public static async Task<Ok<MailSettingsView>> PutMailSettings(
        MailSettingsRequest request,
        CurrentUser user,
        MessagingDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var settings = await db.MailSettings.FirstOrDefaultAsync(s => s.PersonId == user.PersonId, cancellationToken);
        if (settings is null)
        {
            settings = new MailSettings { PersonId = user.PersonId };
            db.MailSettings.Add(settings);
        }

        settings.Language = LanguageCodes.Parse(request.Language);
        settings.Address = string.IsNullOrEmpty(request.Address) ? null : request.Address;
        settings.UpdatedAt = now;
        foreach (var (kind, mode) in request.Kinds ?? [])
            await SetModeAsync(db, user.PersonId, MailKinds.ParseKind(kind)!.Value, MailKinds.ParseMode(mode)!.Value, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await ViewAsync(db, user.PersonId, cancellationToken));
    }

    /// <summary>Sets one kind's mode, adding the row the first time.</summary>
    public static async Task SetModeAsync(
        MessagingDbContext db, Guid personId, NotificationKind kind, MailMode mode, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var preference = await db.MailKindPreferences.FirstOrDefaultAsync(p => p.PersonId == personId && p.Kind == kind, cancellationToken);
        if (preference is null)
            db.MailKindPreferences.Add(new MailKindPreference { PersonId = personId, Kind = kind, Mode = mode, UpdatedAt = now });
        else
        {
            preference.Mode = mode;
            preference.UpdatedAt = now;
        }
    }

    private static async Task<MailSettingsView> ViewAsync(MessagingDbContext db, Guid personId, CancellationToken cancellationToken)
    {
        var settings = await db.MailSettings.AsNoTracking().FirstOrDefaultAsync(s => s.PersonId == personId, cancellationToken);
        var modes = await db.MailKindPreferences.AsNoTracking()
            .Where(p => p.PersonId == personId)
            .ToDictionaryAsync(p => p.Kind, p => p.Mode, cancellationToken);
        var contactKnown = await db.MailContacts.AnyAsync(c => c.PersonId == personId, cancellationToken);
        return new MailSettingsView(
            settings?.Language?.ToString().ToLowerInvariant(),
            settings?.Address,
            contactKnown,
            Enum.GetValues<NotificationKind>().ToDictionary(MailKinds.Name, kind => MailKinds.Name(modes.GetValueOrDefault(kind, MailMode.Immediate))));
    }
}
