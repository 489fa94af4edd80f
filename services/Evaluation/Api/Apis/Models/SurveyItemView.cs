using Mentorship.Evaluation.Domain.Templates;

namespace Mentorship.Evaluation.Apis.Models;

/// <summary>A question to render, worded in the caller's language: scales give min and max, multi-selects their options, texts a maximum length.</summary>
public sealed record SurveyItemView(
    string Id,
    ItemType Type,
    string Label,
    bool Required,
    int? Min,
    int? Max,
    IReadOnlyList<ItemOptionView>? Options,
    int? MaxLength)
{
    public static SurveyItemView From(SurveyItem item, string language) => new(
        item.Id, item.Type, item.Label.In(language), item.Required, item.Min, item.Max,
        item.Options?.Select(option => ItemOptionView.From(option, language)).ToList(), item.MaxLength);
}
