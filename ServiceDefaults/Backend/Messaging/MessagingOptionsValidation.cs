using Microsoft.Extensions.Options;

namespace Mentorship.ServiceDefaults.Backend.Messaging;

/// <summary>Checks at start-up the settings a bad value of would only show during the next database outage.</summary>
public sealed class MessagingOptionsValidation : IValidateOptions<MessagingOptions>
{
    public ValidateOptionsResult Validate(string? name, MessagingOptions options)
    {
        var failures = new List<string>();
        if (options.DatabaseOutageRetryInterval < TimeSpan.FromMilliseconds(10) || options.DatabaseOutageRetryInterval > TimeSpan.FromMinutes(5))
            failures.Add($"Messaging:DatabaseOutageRetryInterval must be between 00:00:00.010 and 00:05:00; it is {options.DatabaseOutageRetryInterval}.");
        if (options.DatabaseOutageRetryLimit is < 0 or > 10_000)
            failures.Add($"Messaging:DatabaseOutageRetryLimit must be between 0 and 10000; it is {options.DatabaseOutageRetryLimit}.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
