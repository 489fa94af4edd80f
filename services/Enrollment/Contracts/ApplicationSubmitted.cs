namespace Mentorship.Enrollment.Contracts;

/// <summary>
/// A person applied to a programme (by themselves, entered by staff, or imported). Ids only: Identity
/// keeps (programme, person) so the programme's admins may read its part of the person's export, as
/// they may Enrollment's, before any decision.
/// </summary>
public sealed record ApplicationSubmitted(
    Guid ApplicationId,
    Guid ProgrammeId,
    Guid PersonId,
    DateTimeOffset SubmittedAt);
