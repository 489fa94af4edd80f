namespace Mentorship.Identity.Domain;

/// <summary>
/// A person who applied to a programme (Enrollment's ApplicationSubmitted or ApplicationApproved, ids
/// only). Identity keeps it for one reason: the admins of that programme may read this service's part of
/// the person's data export, as they may every other service's, whatever became of the application.
/// </summary>
public sealed class ProgrammeParticipant
{
    public Guid ProgrammeId { get; init; }

    public Guid PersonId { get; init; }

    /// <summary>When the first of the two events says it happened.</summary>
    public DateTimeOffset Since { get; init; }
}
