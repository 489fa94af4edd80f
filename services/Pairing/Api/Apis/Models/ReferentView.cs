namespace Mentorship.Pairing.Apis.Models;

/// <summary>A referent on a programme's roster, with how many of its pairs still going on they supervise.</summary>
public sealed record ReferentView(Guid PersonId, DateTimeOffset JoinedAt, int PairsSupervised);
