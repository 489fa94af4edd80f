namespace Mentorship.Messaging.Domain.Notifications;

/// <summary>Reads language codes as other services and browsers send them ("fr", "nl-BE", "EN").</summary>
public static class LanguageCodes
{
    public static NotificationLanguage? Parse(string? code)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length < 2)
            return null;
        return code[..2].ToLowerInvariant() switch
        {
            "fr" => NotificationLanguage.Fr,
            "nl" => NotificationLanguage.Nl,
            "en" => NotificationLanguage.En,
            _ => null,
        };
    }

    /// <summary>
    /// The recipient's stored preference first, then the first language of the request the platform
    /// writes in (in the order given), then English.
    /// </summary>
    public static NotificationLanguage Choose(NotificationLanguage? preference, IEnumerable<string> acceptLanguages) =>
        preference
        ?? acceptLanguages.Select(Parse).FirstOrDefault(language => language is not null)
        ?? NotificationLanguage.En;
}
