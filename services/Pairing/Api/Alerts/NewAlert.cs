using Mentorship.Pairing.Contracts;

namespace Mentorship.Pairing.Alerts;

/// <summary>An alert about to be raised, with the people its level-1 announcement goes to.</summary>
public sealed record NewAlert(Guid Id, Guid PairId, Guid ProgrammeId, string Kind, IReadOnlyList<AlertRecipient> Recipients);
