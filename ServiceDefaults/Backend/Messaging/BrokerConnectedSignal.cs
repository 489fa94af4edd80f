namespace Mentorship.ServiceDefaults.Backend.Messaging;

/// <summary>
/// Raised when one of this process's receive endpoints is connected to the broker, at the start and
/// again after a lost connection was recovered: the outbox dispatcher, pausing after failed publishes,
/// tries again at once instead of waiting out a pause of up to <c>Outbox:MaxBackoff</c>.
/// </summary>
public sealed class BrokerConnectedSignal : WakeSignal;
