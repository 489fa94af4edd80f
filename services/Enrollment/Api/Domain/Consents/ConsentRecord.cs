namespace Mentorship.Enrollment.Domain.Consents;

/// <summary>
/// One statement of consent for one programme: participation is implied by applying; sharing contact
/// details with the pair partner and the use of survey answers for research are chosen. Each change
/// is a new record, so the history shows what was agreed when.
/// </summary>
public sealed record ConsentRecord(
    string? NoticeVersion,
    bool ContactSharing,
    bool Research,
    DateTimeOffset RecordedAt,
    Guid RecordedBy)
{
    /// <summary>What an application without any statement stands for: participation only.</summary>
    public static ConsentRecord ParticipationOnly(DateTimeOffset at, Guid by) => new(null, ContactSharing: false, Research: false, at, by);

    public bool SameChoicesAs(ConsentRecord other) =>
        NoticeVersion == other.NoticeVersion && ContactSharing == other.ContactSharing && Research == other.Research;
}
