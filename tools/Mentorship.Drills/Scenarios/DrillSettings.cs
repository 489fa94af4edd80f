namespace Mentorship.Drills.Scenarios;

/// <summary>
/// The size of the drills: proposals in the publication and the share of them applied when the consumers
/// are killed; the intake's connections, how long it runs before and after the outage, how long the
/// server stays down; how long to wait for the platform to catch up.
/// </summary>
public sealed record DrillSettings(int Proposals, double KillAt, int Connections, TimeSpan Load, TimeSpan Outage, TimeSpan Patience);
