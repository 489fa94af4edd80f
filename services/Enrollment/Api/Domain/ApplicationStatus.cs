namespace Mentorship.Enrollment.Domain;

/// <summary>submitted → approved (available to matching) | rejected; submitted or approved → withdrawn.</summary>
public enum ApplicationStatus
{
    Submitted,
    Approved,
    Rejected,
    Withdrawn,
}
