using Mentorship.Messaging.Data;
using Mentorship.Messaging.Domain.Mail;
using Mentorship.Messaging.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Messaging.Mail;

/// <summary>
/// What writing a batch of mails needs, read in a few queries: the notifications (and a digest's
/// items), the recipients' addresses and languages, the programmes' names and signatures, the unsubscribe tokens.
/// </summary>
public sealed class MailBatch
{
    private Dictionary<Guid, Notification> _notifications = [];
    private ILookup<Guid, Notification> _digestItems = Array.Empty<Notification>().ToLookup(n => n.Id);
    private Dictionary<Guid, MailSettings> _settings = [];
    private Dictionary<Guid, MailContact> _contacts = [];
    private Dictionary<Guid, NotificationLanguage> _languages = [];
    private Dictionary<Guid, ProgrammeMailProfile> _profiles = [];
    private Dictionary<(Guid, NotificationKind?), string> _tokens = [];

    public static async Task<MailBatch> LoadAsync(MessagingDbContext db, IReadOnlyList<OutgoingMail> mails, CancellationToken cancellationToken)
    {
        var notificationIds = mails.Where(m => m.NotificationId is not null).Select(m => m.NotificationId!.Value).ToList();
        var digestIds = mails.Where(m => m.IsDigest).Select(m => m.Id).ToList();
        var people = mails.Where(m => m.RecipientId is not null).Select(m => m.RecipientId!.Value).Distinct().ToList();

        var digestRows = await db.OutgoingMails.AsNoTracking()
            .Where(m => m.DigestMailId != null && digestIds.Contains(m.DigestMailId.Value))
            .Select(m => new { m.DigestMailId, m.NotificationId })
            .ToListAsync(cancellationToken);
        notificationIds.AddRange(digestRows.Select(r => r.NotificationId!.Value));
        var notifications = await db.Notifications.AsNoTracking()
            .Where(n => notificationIds.Contains(n.Id))
            .ToDictionaryAsync(n => n.Id, cancellationToken);
        var programmes = mails.Select(m => m.ProgrammeId).Concat(notifications.Values.Select(n => n.ProgrammeId))
            .Where(id => id is not null).Select(id => id!.Value).Distinct().ToList();

        return new MailBatch
        {
            _notifications = notifications,
            _digestItems = digestRows
                .Where(r => notifications.ContainsKey(r.NotificationId!.Value))
                .ToLookup(r => r.DigestMailId!.Value, r => notifications[r.NotificationId!.Value]),
            _settings = await db.MailSettings.AsNoTracking().Where(s => people.Contains(s.PersonId)).ToDictionaryAsync(s => s.PersonId, cancellationToken),
            _contacts = await db.MailContacts.AsNoTracking().Where(c => people.Contains(c.PersonId)).ToDictionaryAsync(c => c.PersonId, cancellationToken),
            _languages = await db.LanguagePreferences.AsNoTracking().Where(p => people.Contains(p.PersonId)).ToDictionaryAsync(p => p.PersonId, p => p.Language, cancellationToken),
            _profiles = await db.ProgrammeMailProfiles.AsNoTracking().Where(p => programmes.Contains(p.ProgrammeId)).ToDictionaryAsync(p => p.ProgrammeId, cancellationToken),
            _tokens = (await db.UnsubscribeTokens.AsNoTracking().Where(t => people.Contains(t.PersonId)).ToListAsync(cancellationToken))
                .ToDictionary(t => (t.PersonId, t.Kind), t => t.Token),
        };
    }

    /// <summary>Where the mail goes: the address the person set, else the one Enrollment shared; the staff address for staff.</summary>
    public string? AddressOf(OutgoingMail mail) => mail.RecipientId is { } person
        ? _settings.GetValueOrDefault(person)?.Address ?? _contacts.GetValueOrDefault(person)?.Email
        : mail.ProgrammeId is { } programme ? _profiles.GetValueOrDefault(programme)?.StaffAddress : null;

    /// <summary>The language the person chose for mails, else their notification language, else their application's, else French.</summary>
    public NotificationLanguage LanguageOf(OutgoingMail mail)
    {
        if (mail.RecipientId is not { } person)
            return NotificationLanguage.Fr;
        return _settings.GetValueOrDefault(person)?.Language
               ?? (_languages.TryGetValue(person, out var preferred) ? preferred : (NotificationLanguage?)null)
               ?? LanguageCodes.Parse(_contacts.GetValueOrDefault(person)?.Language)
               ?? NotificationLanguage.Fr;
    }

    /// <summary>The mail's words, or null when what it tells of is gone.</summary>
    public MailContent? Write(OutgoingMail mail, MailOptions options)
    {
        var language = LanguageOf(mail);
        if (mail.IsDigest)
        {
            var items = _digestItems[mail.Id].OrderBy(n => n.CreatedAt)
                .Select(n => (NotificationTexts.For(n, language), MailLinks.PageOf(options.LinkBaseUrl, n)))
                .ToList();
            var token = _tokens.GetValueOrDefault((mail.RecipientId!.Value, null));
            return items.Count == 0 || token is null
                ? null
                : MailTemplates.Digest(items, language, DateOnly.FromDateTime(mail.CreatedAt.UtcDateTime), MailLinks.Unsubscribe(options.LinkBaseUrl, token));
        }

        if (mail.NotificationId is not { } id || !_notifications.TryGetValue(id, out var notification))
            return null;
        var profile = mail.ProgrammeId is { } programme ? _profiles.GetValueOrDefault(programme) : null;
        var unsubscribe = mail.RecipientId is { } person && _tokens.TryGetValue((person, notification.Kind), out var kindToken)
            ? MailLinks.Unsubscribe(options.LinkBaseUrl, kindToken)
            : null;
        return MailTemplates.Notification(
            NotificationTexts.For(notification, language),
            language,
            profile?.Name ?? MailTemplates.DefaultProgrammeName,
            profile?.Signature,
            MailLinks.PageOf(options.LinkBaseUrl, notification),
            unsubscribe,
            toStaff: mail.RecipientId is null);
    }
}
