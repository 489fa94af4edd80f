namespace Mentorship.Pairing.Alerts;

/// <summary>What one evaluation changed: alerts raised, escalated and closed, and the events it stored.</summary>
public sealed record AlertRun(int Raised, int Escalated, int Closed, int Events, TimeSpan Elapsed);
