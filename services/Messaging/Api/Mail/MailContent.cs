namespace Mentorship.Messaging.Mail;

/// <summary>A mail's words: the subject and the same body as plain text and as HTML.</summary>
public sealed record MailContent(string Subject, string Text, string Html);
