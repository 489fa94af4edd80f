using Mentorship.ServiceDefaults.Texts;

namespace Mentorship.Messaging.Resources;

/// <summary>
/// Messaging's answers to refused requests in fr, nl and en: Texts.*.resx. The words of notifications
/// and mails are in Texts/*.json, read by the TextCatalog.
/// </summary>
public static class MessagingTexts
{
    public static readonly ResourceTexts All = ResourceTexts.Beside(typeof(MessagingTexts));
}
