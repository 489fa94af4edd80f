namespace Mentorship.Web.Gateway.Models;

/// <summary>What publishing sent to Pairing, and the proposals left out because the pool changed since.</summary>
public sealed record PublishedRound(Guid RoundId, int Published, int Excluded, IReadOnlyList<SkippedProposal> Skipped);
