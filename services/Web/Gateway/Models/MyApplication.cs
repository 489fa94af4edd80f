namespace Mentorship.Web.Gateway.Models;

/// <summary>One of the signed-in person's applications, as Enrollment lists them under /api/me/applications.</summary>
public sealed record MyApplication(
    Guid Id,
    Guid ProgrammeId,
    string ProgrammeName,
    string Role,
    string Status,
    DateTimeOffset SubmittedAt,
    ConsentState Consent);
