using Mentorship.Enrollment.Domain;

namespace Mentorship.Enrollment.Apis.Models;

/// <summary>One of the signed-in person's applications, with the programme's name and their consent there.</summary>
public sealed record MyApplicationView(
    Guid Id,
    Guid ProgrammeId,
    string ProgrammeName,
    ParticipantRole Role,
    ApplicationStatus Status,
    DateTimeOffset SubmittedAt,
    ConsentView Consent);
