namespace Mentorship.Web.Gateway.Models;

/// <summary>An application with its eligibility evidence and preparation, as its owner and the programme's staff see it.</summary>
public sealed record Application(
    Guid Id,
    Guid ProgrammeId,
    string Role,
    string Status,
    bool Eligible,
    IReadOnlyList<EligibilityVerdict> Eligibility,
    IReadOnlyList<PreparationState> Preparation,
    Applicant Person,
    DateTimeOffset SubmittedAt,
    ConsentState? Consent = null);
