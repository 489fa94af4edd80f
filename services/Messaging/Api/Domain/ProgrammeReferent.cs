namespace Mentorship.Messaging.Domain;

/// <summary>A referent on a programme's roster (Pairing's ReferentJoined): the only people a pair may invite into its thread.</summary>
public sealed class ProgrammeReferent
{
    public Guid ProgrammeId { get; init; }

    public Guid PersonId { get; init; }

    public DateTimeOffset JoinedAt { get; init; }
}
