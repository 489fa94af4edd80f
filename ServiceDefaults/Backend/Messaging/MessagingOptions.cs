namespace Mentorship.ServiceDefaults.Backend.Messaging;

/// <summary>Consumer retry and redelivery, section "Messaging". Defaults suit production.</summary>
public sealed class MessagingOptions
{
    public const string Section = "Messaging";

    /// <summary>Immediate retries in the consumer, for passing faults (a deadlock, a dropped connection).</summary>
    public TimeSpan[]? RetryIntervals { get; set; }

    /// <summary>Redeliveries later, through the outbox, once the immediate retries are spent; then the message goes to the _error queue.</summary>
    public TimeSpan[]? RedeliveryIntervals { get; set; }

    /// <summary>
    /// While the service's database cannot be reached, a consumer tries again this often, holding its
    /// message, instead of spending its retries and redeliveries (which need the database) on an outage.
    /// </summary>
    public TimeSpan DatabaseOutageRetryInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a database outage is waited out (180 tries of 5 s: 15 minutes) before the message goes the way of any failure.</summary>
    public int DatabaseOutageRetryLimit { get; set; } = 180;

    /// <summary>Most messages a batched consumer applies in one transaction (see <c>AddBatchedConsumer</c>).</summary>
    public int BatchMessageLimit { get; set; } = 100;

    /// <summary>How long a batch gathers messages once its first arrived: what a lone message waits at most.</summary>
    public TimeSpan BatchTimeLimit { get; set; } = TimeSpan.FromMilliseconds(10);

    /// <summary>Prepended to queue names; lets test runs share one broker without stealing each other's messages.</summary>
    public string? EndpointPrefix { get; set; }

    /// <summary>
    /// The name of a queue named by a contract ("messaging-mail-contacts"), prefixed like the service's
    /// own queues so that a test run's sender and receiver meet on their own queue.
    /// </summary>
    public string QueueName(string queue) => string.IsNullOrEmpty(EndpointPrefix) ? queue : $"{EndpointPrefix}-{queue}";

    /// <summary>The address of <see cref="QueueName"/>, to send to.</summary>
    public Uri QueueAddress(string queue) => new($"queue:{QueueName(queue)}");

    public TimeSpan[] EffectiveRetryIntervals =>
        RetryIntervals is { Length: > 0 } ? RetryIntervals : [TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5)];

    public TimeSpan[] EffectiveRedeliveryIntervals =>
        RedeliveryIntervals is { Length: > 0 } ? RedeliveryIntervals : [TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10)];
}
