using Mentorship.Messaging.Apis.Models;
using Mentorship.Messaging.Data;
using Mentorship.Messaging.Domain.Mail;
using Mentorship.Messaging.Domain.Notifications;
using Mentorship.Messaging.Resources;
using Mentorship.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Messaging.Apis;

/// <summary>
/// The unsubscribe link of every mail, followed without signing in: its token (random, stored with the
/// person and the kind) turns that kind off, or every kind for a digest's link. Anything else is refused.
/// </summary>
public static class UnsubscribeApi
{
    private static string Invalid => MessagingTexts.All.InUiLanguage("problem.unsubscribe.link-invalid");

    public static IEndpointRouteBuilder MapUnsubscribeApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/mail/unsubscribe", Unsubscribe).WithTags("Mail").AllowAnonymous();
        return app;
    }

    public static async Task<Results<Ok<UnsubscribedView>, ValidationProblem>> Unsubscribe(
        [FromQuery] string? token,
        MessagingDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 64)
            return Refused();
        var found = await db.UnsubscribeTokens.AsNoTracking().FirstOrDefaultAsync(t => t.Token == token, cancellationToken);
        if (found is null)
            return Refused();

        var now = clock.GetUtcNow();
        var kinds = found.Kind is { } kind ? [kind] : Enum.GetValues<NotificationKind>();
        foreach (var off in kinds)
            await MailSettingsApi.SetModeAsync(db, found.PersonId, off, MailMode.Off, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        var language = await db.MailSettings.AsNoTracking().Where(s => s.PersonId == found.PersonId).Select(s => s.Language).FirstOrDefaultAsync(cancellationToken)
                       ?? await db.LanguagePreferences.AsNoTracking().Where(p => p.PersonId == found.PersonId).Select(p => (NotificationLanguage?)p.Language).FirstOrDefaultAsync(cancellationToken)
                       ?? NotificationLanguage.Fr;
        return TypedResults.Ok(new UnsubscribedView(
            found.Kind is { } one ? MailKinds.Name(one) : "all",
            TextCatalog.Get(language, "Unsubscribe.Done")));
    }

    private static ValidationProblem Refused() =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["token"] = [Invalid] });
}
