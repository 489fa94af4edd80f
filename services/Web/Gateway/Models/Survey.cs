using System.Text.Json;

namespace Mentorship.Web.Gateway.Models;

/// <summary>A survey with its questions in the caller's language; once completed, the answers keyed by question id.</summary>
public sealed record Survey(
    Guid Id,
    Guid PairId,
    string Status,
    string Title,
    IReadOnlyList<SurveyItem> Items,
    IReadOnlyDictionary<string, JsonElement>? Answers,
    DateTimeOffset? CompletedAt);
