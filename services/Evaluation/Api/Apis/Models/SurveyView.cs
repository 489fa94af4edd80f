using Mentorship.Evaluation.Domain;
using Mentorship.Evaluation.Domain.Templates;

namespace Mentorship.Evaluation.Apis.Models;

/// <summary>A survey with its questions; once completed, the respondent's answers keyed by item id.</summary>
public sealed record SurveyView(
    Guid Id,
    Guid ProgrammeId,
    Guid PairId,
    SurveyKind Kind,
    RespondentRole Role,
    SurveyStatus Status,
    string TemplateId,
    string Title,
    IReadOnlyList<SurveyItemView> Items,
    IReadOnlyDictionary<string, object?>? Answers,
    DateTimeOffset AssignedAt,
    DateTimeOffset? CompletedAt,
    string Language)
{
    /// <summary>The survey with its title and questions in <paramref name="language"/>.</summary>
    public static SurveyView From(Survey survey, string language) => new(
        survey.Id,
        survey.ProgrammeId,
        survey.PairId,
        survey.Kind,
        survey.Role,
        survey.Status,
        survey.TemplateId,
        survey.Title.In(language),
        survey.Items.Select(item => SurveyItemView.From(item, language)).ToList(),
        survey.Status == SurveyStatus.Completed ? AnswersOf(survey) : null,
        survey.AssignedAt,
        survey.CompletedAt,
        language);

    private static Dictionary<string, object?> AnswersOf(Survey survey)
    {
        var answers = new Dictionary<string, object?>();
        foreach (var item in survey.Items)
        {
            var rows = survey.Answers.Where(a => a.ItemId == item.Id).ToList();
            object? value = item.Type switch
            {
                ItemType.MultiChoice => rows.Select(r => r.Option).ToList(),
                ItemType.YesNo => rows.FirstOrDefault()?.Value is { } yes ? yes == 1 : null,
                ItemType.Text => rows.FirstOrDefault()?.Text,
                _ => rows.FirstOrDefault()?.Value,
            };
            if (value is not null)
                answers[item.Id] = value;
        }

        return answers;
    }
}
