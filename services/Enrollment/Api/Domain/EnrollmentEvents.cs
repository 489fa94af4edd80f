using Mentorship.Enrollment.Contracts;

namespace Mentorship.Enrollment.Domain;

/// <summary>
/// The events Enrollment publishes, built from its state: identifiers and codes, never personal details,
/// save the contact it sends to Messaging alone.
/// </summary>
public static class EnrollmentEvents
{
    public static ProgrammeCreated Created(Programme programme) => new(
        programme.Id,
        programme.TemplateId,
        new CriterionWeights(
            programme.Weights.Geography,
            programme.Weights.Sector,
            programme.Weights.JobFunction,
            programme.Weights.Background,
            programme.Weights.Age,
            programme.Weights.Language,
            programme.Weights.Expectations,
            programme.Weights.Hobbies),
        programme.DefaultMentorCapacity,
        programme.MeetingsPerMonth,
        programme.DurationMonths,
        programme.AlertAfterWeeksWithoutMeeting,
        programme.CreatedAt,
        programme.Name,
        programme.Institution);

    public static ProgrammeSettingsChanged SettingsChanged(Programme programme, DateTimeOffset now, Guid changedBy) => new(
        programme.Id,
        programme.SettingsRevision,
        programme.Name,
        programme.Cohort,
        programme.DefaultMentorCapacity,
        programme.MeetingsPerMonth,
        programme.DurationMonths,
        programme.AlertAfterWeeksWithoutMeeting,
        now,
        changedBy,
        programme.Institution);

    public static ApplicationSubmitted Submitted(Application application) => new(
        application.Id, application.ProgrammeId, application.PersonId, application.SubmittedAt);

    public static ApplicationApproved Approved(Application application, Programme programme, DateTimeOffset now) => new(
        application.Id,
        application.ProgrammeId,
        application.PersonId,
        RoleName(application.Role),
        application.Person.Language,
        new MatchingProfile(
            application.Profile.Region,
            application.Profile.Sectors,
            application.Profile.JobFunction,
            application.Profile.Background,
            application.Person.AgeOn(DateOnly.FromDateTime(now.UtcDateTime)),
            application.Profile.Languages,
            application.Profile.Expectations,
            application.Profile.Hobbies,
            application.Role == ParticipantRole.Mentor ? application.Profile.Capacity : 1,
            application.Profile.Conflicts.Select(c => new DeclaredConflict(c.PersonId, c.Relation)).ToList(),
            application.Profile.GlobalCapacity),
        now);

    /// <summary>The one message with a personal detail: sent to Messaging's queue only, never published nor logged.</summary>
    public static MailContactShared ContactShared(Application application, DateTimeOffset now) => new(
        application.PersonId,
        application.ProgrammeId,
        application.Person.Email.Trim(),
        application.Person.Language,
        now);

    public static ApplicationWithdrawn Withdrawn(Application application, DateTimeOffset now) => new(
        application.Id, application.ProgrammeId, application.PersonId, RoleName(application.Role), now);

    public static ResearchConsentChanged ResearchConsent(Application application, DateTimeOffset now) => new(
        application.ProgrammeId, application.PersonId, application.Consent.Research, now);

    private static string RoleName(ParticipantRole role) => role == ParticipantRole.Mentee ? "mentee" : "mentor";
}
