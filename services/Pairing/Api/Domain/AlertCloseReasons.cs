namespace Mentorship.Pairing.Domain;

/// <summary>Why an alert ended, as <see cref="Contracts.PairAlertClosed"/> carries it.</summary>
public static class AlertCloseReasons
{
    public const string Resolved = "resolved";
    public const string Acknowledged = "acknowledged";
    public const string PairClosed = "pair-closed";
}
