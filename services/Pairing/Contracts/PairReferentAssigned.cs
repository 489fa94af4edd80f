namespace Mentorship.Pairing.Contracts;

/// <summary>A coordinator made a referent of the programme the supervisor of a pair (ids only), replacing the previous one if any.</summary>
public sealed record PairReferentAssigned(Guid PairId, Guid ProgrammeId, Guid ReferentId, Guid? PreviousReferentId, DateTimeOffset AssignedAt);
