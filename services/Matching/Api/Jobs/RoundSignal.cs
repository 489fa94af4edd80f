using Mentorship.ServiceDefaults.Backend.Messaging;

namespace Mentorship.Matching.Jobs;

/// <summary>Wakes this replica's round worker when a round is queued here.</summary>
public sealed class RoundSignal : WakeSignal;
