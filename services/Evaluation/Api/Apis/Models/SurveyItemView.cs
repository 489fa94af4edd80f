using Mentorship.Evaluation.Domain.Templates;

namespace Mentorship.Evaluation.Apis.Models;

/// <summary>A question to render: scales give min and max, multi-selects their options, texts a maximum length.</summary>
public sealed record SurveyItemView(
    string Id,
    ItemType Type,
    LocalizedText Label,
    bool Required,
    int? Min,
    int? Max,
    IReadOnlyList<ItemOption>? Options,
    int? MaxLength)
{
    public static SurveyItemView From(SurveyItem item) =>
        new(item.Id, item.Type, item.Label, item.Required, item.Min, item.Max, item.Options, item.MaxLength);
}
