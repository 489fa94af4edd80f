namespace Mentorship.Pairing.Contracts;

/// <summary>
/// A person holding the referent role in a programme put themselves on its roster: coordinators may now
/// assign them pairs, and pair members may invite them into their thread.
/// </summary>
public sealed record ReferentJoined(Guid ProgrammeId, Guid PersonId, DateTimeOffset JoinedAt);
