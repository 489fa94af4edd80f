namespace Mentorship.Messaging.Mail;

/// <summary>A link of a mail: the address and the words shown on it in the HTML part.</summary>
public sealed record MailLink(string Url, string Label);
