namespace Mentorship.Web.Gateway.Models;

/// <summary>
/// A question: type "scale" (whole numbers from <see cref="Min"/> to <see cref="Max"/>), "yes-no",
/// "multi-choice" (its <see cref="Options"/>) or "text" (at most <see cref="MaxLength"/> characters).
/// </summary>
public sealed record SurveyItem(
    string Id,
    string Type,
    string Label,
    bool Required,
    int? Min,
    int? Max,
    IReadOnlyList<SurveyOption>? Options,
    int? MaxLength);
