using Mentorship.Matching.Engine.Scoring;

namespace Mentorship.Matching.Domain;

/// <summary>
/// An approved applicant in the matching pool, keyed by application id. Holds only the coded profile
/// Enrollment published, never names or contact details.
/// </summary>
public sealed class Participant
{
    public Guid ApplicationId { get; init; }

    public Guid ProgrammeId { get; init; }

    public Guid PersonId { get; init; }

    public ParticipantRole Role { get; init; }

    public required ParticipantProfile Profile { get; set; }

    /// <summary>How many mentees a mentor takes in this programme; 1 for a mentee.</summary>
    public int Capacity { get; set; }

    /// <summary>A mentor's limit across all programmes, if they declared one; null for a mentee.</summary>
    public int? GlobalCapacity { get; set; }

    public DateTimeOffset ApprovedAt { get; set; }

    /// <summary>Set when the application was withdrawn; kept so a late approval does not bring it back.</summary>
    public DateTimeOffset? WithdrawnAt { get; set; }

    public bool Available => WithdrawnAt is null;
}
