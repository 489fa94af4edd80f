using Mentorship.Messaging.Domain.Notifications;

namespace Mentorship.Messaging.Mail;

/// <summary>The pages of the platform a mail points to, under the gateway's public address.</summary>
public static class MailLinks
{
    public static string PageOf(string baseUrl, Notification notification)
    {
        var root = baseUrl.TrimEnd('/');
        return notification switch
        {
            { SurveyId: { } survey } => $"{root}/surveys/{survey}",
            { ConcernId: { } concern } => $"{root}/concerns/{concern}",
            { PairId: { } pair } => $"{root}/pairs/{pair}",
            _ => $"{root}/notifications",
        };
    }

    public static string Unsubscribe(string baseUrl, string token) =>
        $"{baseUrl.TrimEnd('/')}/api/mail/unsubscribe?token={Uri.EscapeDataString(token)}";
}
