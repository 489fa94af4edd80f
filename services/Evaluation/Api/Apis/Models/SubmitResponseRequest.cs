using System.Text.Json;

namespace Mentorship.Evaluation.Apis.Models;

/// <summary>
/// Answers keyed by item id, as the survey's items describe them: a whole number for a scale, true or
/// false for yes/no, a list of option ids for a multi-select, a string for free text.
/// Example: { "answers": { "well-being": 2, "benefits": ["support", "listening"], "more-meetings": true } }.
/// </summary>
public sealed record SubmitResponseRequest(Dictionary<string, JsonElement>? Answers);
