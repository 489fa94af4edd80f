namespace Mentorship.Enrollment.Contracts;

/// <summary>
/// An application was approved: the participant is available to matching.
/// Carries identifiers and coded matching attributes only; names, contact details,
/// birth dates, origin and free-text answers never leave Enrollment.
/// </summary>
public sealed record ApplicationApproved(
    Guid ApplicationId,
    Guid ProgrammeId,
    Guid PersonId,
    string Role,
    string NotificationLanguage,
    MatchingProfile Profile,
    DateTimeOffset ApprovedAt);
