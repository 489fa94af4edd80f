using Mentorship.Matching.Domain;

namespace Mentorship.Matching.Apis.Models;

/// <summary>mode: max-participation (default: as many mentees matched as possible) or max-score.</summary>
public sealed record StartRoundRequest(RoundMode? Mode);
