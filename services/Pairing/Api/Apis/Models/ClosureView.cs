using Mentorship.Pairing.Domain;

namespace Mentorship.Pairing.Apis.Models;

/// <summary>Closing notes are shown to the members and the programme's coordinators.</summary>
public sealed record ClosureView(PairOutcome Outcome, DateTimeOffset ClosedAt, string? Notes);
