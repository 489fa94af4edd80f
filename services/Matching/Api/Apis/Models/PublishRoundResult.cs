namespace Mentorship.Matching.Apis.Models;

public sealed record PublishRoundResult(Guid RoundId, int Published, int Excluded, IReadOnlyList<SkippedProposal> Skipped);
