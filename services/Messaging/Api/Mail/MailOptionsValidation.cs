using Microsoft.Extensions.Options;
using MimeKit;

namespace Mentorship.Messaging.Mail;

/// <summary>Refuses to start on settings that would only fail at the first send.</summary>
public sealed class MailOptionsValidation : IValidateOptions<MailOptions>
{
    public ValidateOptionsResult Validate(string? name, MailOptions options)
    {
        var errors = new List<string>();
        if (!MailboxAddress.TryParse(options.From, out var from) || !from.Address.Contains('@', StringComparison.Ordinal))
            errors.Add("Mail:From must be an address such as \"Mentorship <no-reply@example.org>\".");
        if (!Uri.TryCreate(options.LinkBaseUrl, UriKind.Absolute, out var link) || link.Scheme is not ("http" or "https"))
            errors.Add("Mail:LinkBaseUrl must be an absolute http(s) URL.");
        if (options.RetryDelays?.Any(d => d <= TimeSpan.Zero) == true)
            errors.Add("Mail:RetryDelays must all be positive.");
        if (options.PollInterval <= TimeSpan.Zero || options.ClaimLease <= TimeSpan.Zero)
            errors.Add("Mail:PollInterval and Mail:ClaimLease must be positive.");
        if (options.BatchSize is < 1 or > 1000)
            errors.Add("Mail:BatchSize must be between 1 and 1000.");
        if (options.Connections is < 1 or > 32)
            errors.Add("Mail:Connections must be between 1 and 32.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
