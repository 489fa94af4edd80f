using Mentorship.Matching.Domain;

namespace Mentorship.Matching.Apis.Models;

public sealed record StartedRound(Guid RoundId, RoundStatus Status);
