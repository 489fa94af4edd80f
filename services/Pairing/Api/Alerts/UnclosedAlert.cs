using Mentorship.Pairing.Domain;

namespace Mentorship.Pairing.Alerts;

/// <summary>An alert not closed yet, as the scheduler compares it with the conditions that hold now.</summary>
public sealed record UnclosedAlert(
    Guid Id, Guid PairId, Guid ProgrammeId, string Kind, int Level, AlertState State, DateTimeOffset LastRaisedAt, bool PairClosed, Guid? ReferentId);
