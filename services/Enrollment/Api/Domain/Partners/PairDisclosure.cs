namespace Mentorship.Enrollment.Domain.Partners;

/// <summary>
/// What Enrollment knows of a pair from Matching's and Pairing's events (ids only): who its two
/// people are and how far it has gone, which decides what each may see of the other.
/// </summary>
public sealed class PairDisclosure
{
    public Guid PairId { get; init; }

    public Guid ProgrammeId { get; init; }

    public Guid MenteeId { get; init; }

    public Guid MentorId { get; init; }

    public DisclosureStage Stage { get; init; }

    public DateTimeOffset ChangedAt { get; init; }

    /// <summary>The other member of the pair, or null when <paramref name="personId"/> is not in it.</summary>
    public (Guid PartnerId, ParticipantRole PartnerRole)? PartnerOf(Guid personId) =>
        personId == MentorId ? (MenteeId, ParticipantRole.Mentee)
        : personId == MenteeId ? (MentorId, ParticipantRole.Mentor)
        : null;

    /// <summary>Whether <paramref name="viewerId"/> may see their partner's profile now.</summary>
    public bool ShowsProfileTo(Guid viewerId) =>
        Stage == DisclosureStage.Accepted ? PartnerOf(viewerId) is not null
        : Stage == DisclosureStage.Proposed && viewerId == MentorId;

    /// <summary>Contact details follow the mentor's acceptance (and the partner's consent, checked by the caller).</summary>
    public bool ShowsContactTo(Guid viewerId) => Stage == DisclosureStage.Accepted && PartnerOf(viewerId) is not null;
}
