using Microsoft.Extensions.Options;

namespace Mentorship.ServiceDefaults.Backend.Outbox;

/// <summary>
/// Checks the outbox settings at start-up. Written as code rather than [Range] attributes: RangeAttribute
/// converts its string bounds lazily and is not thread-safe, which fails hosts validating at once.
/// </summary>
public sealed class OutboxOptionsValidation : IValidateOptions<OutboxOptions>
{
    public ValidateOptionsResult Validate(string? name, OutboxOptions options)
    {
        var failures = new List<string>();
        if (options.BatchSize is < 1 or > 10_000)
            failures.Add("Outbox:BatchSize must be between 1 and 10000.");
        Within(failures, "PollInterval", options.PollInterval, TimeSpan.FromMilliseconds(10), TimeSpan.FromMinutes(10));
        Within(failures, "PublishTimeout", options.PublishTimeout, TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(5));
        Within(failures, "MaxBackoff", options.MaxBackoff, TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(10));
        Within(failures, "Retention", options.Retention, TimeSpan.FromMinutes(1), TimeSpan.FromDays(365));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Within(List<string> failures, string setting, TimeSpan value, TimeSpan minimum, TimeSpan maximum)
    {
        if (value < minimum || value > maximum)
            failures.Add($"Outbox:{setting} must be between {minimum} and {maximum}; it is {value}.");
    }
}
