namespace Mentorship.Pairing.Domain;

/// <summary>The alert codes of the monitoring table.</summary>
public static class MonitoringAlerts
{
    public const string AwaitingMentorDecision = "awaiting-mentor-decision";
    public const string BehindCadence = "behind-cadence";
    public const string TermApproaching = "term-approaching";
    public const string TermPassed = "term-passed";

    public static string NoMeetingFor(int weeks) => $"no-meeting-for-{weeks}-weeks";
}
