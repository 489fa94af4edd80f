namespace Mentorship.Web.Gateway.Models;

/// <summary>Surveys sent and answered by a group ("all", "mentee", "mentor").</summary>
public sealed record ResponseRate(string Group, int Assigned, int Completed, double? Rate);
