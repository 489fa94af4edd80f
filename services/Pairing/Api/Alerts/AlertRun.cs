namespace Mentorship.Pairing.Alerts;

/// <summary>What one evaluation changed: alerts raised, escalated and closed, with the pairs it looked at.</summary>
public sealed record AlertRun(int Raised, int Escalated, int Closed, TimeSpan Elapsed);
