using Mentorship.Evaluation.Domain.Templates;

namespace Mentorship.Evaluation.Apis.Models;

/// <summary>A programme's closure survey and baseline survey as staff review them, worded in the caller's language.</summary>
public sealed record SurveyTemplateView(
    string Id,
    string Title,
    IReadOnlyList<SurveyItemView> MenteeItems,
    IReadOnlyList<SurveyItemView> MentorItems,
    IReadOnlyList<SurveyItemView> BaselineItems,
    string Language)
{
    public static SurveyTemplateView From(SurveyTemplate template, string language) => new(
        template.Id,
        template.Title.In(language),
        template.MenteeItems.Select(item => SurveyItemView.From(item, language)).ToList(),
        template.MentorItems.Select(item => SurveyItemView.From(item, language)).ToList(),
        template.BaselineItems.Select(item => SurveyItemView.From(item, language)).ToList(),
        language);
}
