namespace Mentorship.Messaging.Apis.Models;

/// <summary>
/// The caller's mail settings. Language ("fr", "nl", "en") and address replace what is stored (null
/// clears them: mails then go to the address the application gave). Kinds maps kebab-case notification
/// kinds to "immediate", "digest" or "off"; kinds left out keep their setting.
/// </summary>
public sealed record MailSettingsRequest(string? Language, string? Address, Dictionary<string, string>? Kinds);
