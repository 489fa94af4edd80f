using System.Security.Cryptography;
using System.Text;
using MimeKit;

namespace Mentorship.Messaging.Mail;

/// <summary>Builds the MIME message: text and HTML alternatives, and a Message-Id derived from the idempotency key.</summary>
public static class MailMessages
{
    public static MimeMessage Compose(MailContent content, string from, string to, string idempotencyKey)
    {
        var sender = MailboxAddress.Parse(from);
        var message = new MimeMessage();
        message.From.Add(sender);
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = content.Subject;
        message.MessageId = MessageIdOf(idempotencyKey, sender.Domain);
        message.Body = new BodyBuilder { TextBody = content.Text, HtmlBody = content.Html }.ToMessageBody();
        return message;
    }

    /// <summary>The same mail sent twice (a lease ran out mid-send) carries the same id, so mail clients show it once.</summary>
    public static string MessageIdOf(string idempotencyKey, string domain) =>
        $"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey)))[..32]}@{domain}";
}
