using System.Globalization;
using System.Net;
using System.Text;
using Mentorship.Messaging.Domain.Notifications;

namespace Mentorship.Messaging.Mail;

/// <summary>
/// Writes a mail from the <see cref="TextCatalog"/> in the reader's language: greeting, the notification,
/// a link to its page, the programme's signature and the unsubscribe link, as text and as HTML in which
/// every value is encoded.
/// </summary>
public static class MailTemplates
{
    /// <summary>Shown where a programme's name has not reached this service (yet).</summary>
    public const string DefaultProgrammeName = "Mentorship";

    private const string LinkMark = "\u0001";

    public static MailContent Notification(
        NotificationText text,
        NotificationLanguage language,
        string programme,
        string? signature,
        string page,
        string? unsubscribe,
        bool toStaff)
    {
        var subject = TextCatalog.Format(language, "Mail.Subject", ("programme", programme), ("title", text.Title));
        var body = new MailBody(language);
        body.Paragraph(TextCatalog.Get(language, "Mail.Greeting"));
        if (toStaff)
            body.Paragraph(TextCatalog.Format(language, "Mail.Staff.Intro", ("programme", programme)));
        body.Heading(text.Title);
        body.Paragraph(text.Body);
        body.Linked("Mail.Open", new MailLink(page, TextCatalog.Get(language, "Mail.OpenLabel")));
        body.Paragraph(signature ?? TextCatalog.Format(language, "Mail.Signature", ("programme", programme)));
        if (unsubscribe is not null)
            body.Footer("Mail.Unsubscribe", programme, new MailLink(unsubscribe, TextCatalog.Get(language, "Mail.UnsubscribeLabel")));
        return new MailContent(subject, body.Text, body.Html);
    }

    public static MailContent Digest(
        IReadOnlyList<(NotificationText Text, string Page)> items,
        NotificationLanguage language,
        DateOnly day,
        string unsubscribe)
    {
        var date = day.ToString("d", CultureInfo.GetCultureInfo(language.ToString().ToLowerInvariant()));
        var subject = TextCatalog.Format(language, "Mail.Digest.Subject", ("programme", DefaultProgrammeName), ("date", date));
        var body = new MailBody(language);
        body.Paragraph(TextCatalog.Get(language, "Mail.Greeting"));
        body.Paragraph(TextCatalog.Format(language, "Mail.Digest.Intro", ("date", date)));
        foreach (var (text, page) in items)
        {
            body.Heading(text.Title);
            body.Paragraph(text.Body);
            body.Linked("Mail.Open", new MailLink(page, TextCatalog.Get(language, "Mail.OpenLabel")));
        }

        body.Paragraph(TextCatalog.Format(language, "Mail.Signature", ("programme", DefaultProgrammeName)));
        body.Footer("Mail.Unsubscribe", DefaultProgrammeName, new MailLink(unsubscribe, TextCatalog.Get(language, "Mail.UnsubscribeLabel")));
        return new MailContent(subject, body.Text, body.Html);
    }

    /// <summary>The two parts written side by side, so they always say the same.</summary>
    private sealed class MailBody(NotificationLanguage language)
    {
        private readonly StringBuilder _text = new();
        private readonly StringBuilder _html = new("<!DOCTYPE html><html><body style=\"font-family:sans-serif\">");

        public string Text => _text.ToString().TrimEnd() + "\n";

        public string Html => _html + "</body></html>";

        public void Paragraph(string value)
        {
            _text.Append(value).Append("\n\n");
            _html.Append("<p>").Append(WebUtility.HtmlEncode(value)).Append("</p>");
        }

        public void Heading(string value)
        {
            _text.Append(value).Append("\n\n");
            _html.Append("<h2>").Append(WebUtility.HtmlEncode(value)).Append("</h2>");
        }

        public void Linked(string key, MailLink link) => Write(key, [], link, "p");

        public void Footer(string key, string programme, MailLink link)
        {
            _text.Append("--\n");
            Write(key, [("programme", programme)], link, "p style=\"font-size:small;color:#666\"");
        }

        private void Write(string key, (string Name, string Value)[] values, MailLink link, string tag)
        {
            _text.Append(TextCatalog.Format(language, key, [.. values, ("link", link.Url)])).Append("\n\n");
            var encoded = WebUtility.HtmlEncode(TextCatalog.Format(language, key, [.. values, ("link", LinkMark)]));
            var anchor = $"<a href=\"{WebUtility.HtmlEncode(link.Url)}\">{WebUtility.HtmlEncode(link.Label)}</a>";
            _html.Append('<').Append(tag).Append('>').Append(encoded.Replace(LinkMark, anchor, StringComparison.Ordinal))
                .Append("</").Append(tag.Split(' ')[0]).Append('>');
        }
    }
}
