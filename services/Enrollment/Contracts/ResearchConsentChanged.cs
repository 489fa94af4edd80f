namespace Mentorship.Enrollment.Contracts;

/// <summary>
/// Whether a participant's survey answers in a programme may be used for research (anonymised
/// exports). Published at approval when they did not consent, and whenever they change their mind
/// afterwards; anyone approved without such an event consented. The newest ChangedAt holds.
/// </summary>
public sealed record ResearchConsentChanged(Guid ProgrammeId, Guid PersonId, bool Granted, DateTimeOffset ChangedAt);
