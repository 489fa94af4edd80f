namespace Mentorship.Messaging.Apis.Models;

/// <summary>
/// The caller's mail settings: every notification kind with its mode, the language chosen for mails, the
/// address they set themselves, and whether an address from their application is known (never shown here).
/// </summary>
public sealed record MailSettingsView(
    string? Language,
    string? Address,
    bool ApplicationAddressKnown,
    IReadOnlyDictionary<string, string> Kinds);
