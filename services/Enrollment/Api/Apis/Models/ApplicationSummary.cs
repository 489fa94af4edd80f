using Mentorship.Enrollment.Domain;

namespace Mentorship.Enrollment.Apis.Models;

/// <summary>A row of the coordinators' application list.</summary>
public sealed record ApplicationSummary(
    Guid Id,
    Guid PersonId,
    string FirstName,
    string LastName,
    ParticipantRole Role,
    ApplicationStatus Status,
    bool Eligible,
    int PreparationDone,
    DateTimeOffset SubmittedAt);
