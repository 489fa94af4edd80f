namespace Mentorship.Identity.Data;

/// <summary>A person known to take part in a programme since a time (their submission or approval).</summary>
public readonly record struct ParticipantSince(Guid ProgrammeId, Guid PersonId, DateTimeOffset Since);
