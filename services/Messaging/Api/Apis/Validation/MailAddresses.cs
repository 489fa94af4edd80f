using MimeKit;

namespace Mentorship.Messaging.Apis.Validation;

/// <summary>An address a mail can be sent to: one plain addr-spec, no display name, at most 254 characters.</summary>
public static class MailAddresses
{
    public const int MaxLength = 254;

    public static bool IsValid(string? value) =>
        value is { Length: > 0 and <= MaxLength }
        && value.Trim() == value
        && MailboxAddress.TryParse(value, out var mailbox)
        && mailbox.Address == value
        && value.IndexOf('@', StringComparison.Ordinal) is var at and > 0
        && at < value.Length - 1
        && value[(at + 1)..].Contains('.', StringComparison.Ordinal);
}
