namespace Mentorship.Matching.Apis.Models;

/// <summary>Mentees whose proposal the coordinator leaves out after review; everything else goes to Pairing.</summary>
public sealed record PublishRoundRequest(IReadOnlyList<Guid>? ExcludedMenteeIds);
