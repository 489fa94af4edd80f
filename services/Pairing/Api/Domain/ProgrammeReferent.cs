namespace Mentorship.Pairing.Domain;

/// <summary>
/// A referent on a programme's roster: the people a coordinator may assign pairs to. A referent joins it
/// themselves with a token that holds the role in the programme, which is how this service knows the role.
/// </summary>
public sealed class ProgrammeReferent
{
    public Guid ProgrammeId { get; init; }

    public Guid PersonId { get; init; }

    public DateTimeOffset JoinedAt { get; init; }
}
