using Mentorship.ServiceDefaults.Backend.Messaging;

namespace Mentorship.ServiceDefaults.Backend.Outbox;

/// <summary>Wakes this process's outbox dispatcher right after a commit that stored messages.</summary>
public sealed class OutboxSignal : WakeSignal;
