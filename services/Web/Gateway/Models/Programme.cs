namespace Mentorship.Web.Gateway.Models;

/// <summary>A programme as Enrollment shows it, with its template's rules and steps in the caller's language.</summary>
public sealed record Programme(
    Guid Id,
    string TemplateId,
    string Name,
    string Cohort,
    int MeetingsPerMonth,
    int DurationMonths,
    RoleRequirements Mentee,
    RoleRequirements Mentor,
    string? PrivacyNoticeVersion = null,
    ApplicationWindow? ApplicationWindow = null,
    bool ApplicationsOpen = true)
{
    public RoleRequirements For(string role) => role == "mentor" ? Mentor : Mentee;
}
