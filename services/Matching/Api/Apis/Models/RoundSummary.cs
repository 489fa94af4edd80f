using Mentorship.Matching.Domain;

namespace Mentorship.Matching.Apis.Models;

public sealed record RoundSummary(
    Guid Id,
    Guid ProgrammeId,
    RoundKind Kind,
    RoundMode Mode,
    RoundStatus Status,
    RoundProgressView Progress,
    DateTimeOffset RequestedAt,
    DateTimeOffset? CompletedAt,
    DateTimeOffset? PublishedAt,
    string? Error)
{
    public static RoundSummary From(MatchingRound round, RoundProgressView progress) => new(
        round.Id, round.ProgrammeId, round.Kind, round.Mode, round.Status, progress,
        round.RequestedAt, round.CompletedAt, round.PublishedAt, round.Error);
}
