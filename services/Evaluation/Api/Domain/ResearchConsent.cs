namespace Mentorship.Evaluation.Domain;

/// <summary>
/// A participant's latest word on research use of their answers in one programme, from Enrollment.
/// Only people who said no (or changed their mind) have a row; no row means they consented.
/// </summary>
public sealed class ResearchConsent
{
    public Guid ProgrammeId { get; init; }

    public Guid PersonId { get; init; }

    public bool Granted { get; init; }

    public DateTimeOffset ChangedAt { get; init; }
}
