namespace Mentorship.Pairing.Apis.Models;

/// <summary>An unclosed alert of a pair as the monitoring table shows it: what, how far escalated, since when, taken in hand or not.</summary>
public sealed record MonitoringAlert(Guid Id, string Kind, int Level, DateTimeOffset Since, bool Acknowledged)
{
    /// <summary>How the alert reads in an exported cell: "behind-cadence (level 2, acknowledged)".</summary>
    public string Cell => $"{Kind} (level {Level}{(Acknowledged ? ", acknowledged" : "")})";
}
