using System.Text.Json;
using Mentorship.Evaluation.Domain.Templates;
using Mentorship.Evaluation.Resources;

namespace Mentorship.Evaluation.Domain.Answers;

/// <summary>
/// Answers checked against the survey's questions: every required item answered, values of the right
/// type and in range, options known, no unknown item. Errors are keyed "answers.{itemId}" and worded in
/// the respondent's language: the survey page shows each one under its question.
/// </summary>
public sealed class AnswerSheet
{
    private readonly List<AnswerValue> _values = [];
    private readonly Dictionary<string, List<string>> _errors = [];
    private readonly string _language;

    private AnswerSheet(string language)
    {
        _language = language;
    }

    public IReadOnlyList<AnswerValue> Values => _values;

    public bool IsValid => _errors.Count == 0;

    public IReadOnlyDictionary<string, string[]> Errors => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public static AnswerSheet Read(IReadOnlyList<SurveyItem> items, IReadOnlyDictionary<string, JsonElement> answers, string language)
    {
        var sheet = new AnswerSheet(language);
        foreach (var id in answers.Keys.Where(id => items.All(i => i.Id != id)))
            sheet.Error(id, "validation.answer.unknownItem", id, string.Join(", ", items.Select(i => i.Id)));

        foreach (var item in items)
        {
            var answered = answers.TryGetValue(item.Id, out var answer) && answer.ValueKind != JsonValueKind.Null;
            if (!answered)
            {
                if (item.Required)
                    sheet.Error(item.Id, "validation.answer.required");
                continue;
            }

            sheet.ReadItem(item, answer);
        }

        return sheet;
    }

    private void ReadItem(SurveyItem item, JsonElement answer)
    {
        switch (item.Type)
        {
            case ItemType.Scale:
                if (answer.ValueKind == JsonValueKind.Number && answer.TryGetInt32(out var value) && value >= item.Min && value <= item.Max)
                    Add(item, SurveyAnswer.NoOption, value, null);
                else
                    Error(item.Id, "validation.answer.scale", item.Min, item.Max);
                break;
            case ItemType.YesNo:
                if (answer.ValueKind is JsonValueKind.True or JsonValueKind.False)
                    Add(item, SurveyAnswer.NoOption, answer.GetBoolean() ? 1 : 0, null);
                else
                    Error(item.Id, "validation.answer.yesNo");
                break;
            case ItemType.MultiChoice:
                ReadChoices(item, answer);
                break;
            case ItemType.Text:
                if (answer.ValueKind != JsonValueKind.String)
                    Error(item.Id, "validation.answer.text");
                else if (answer.GetString()!.Trim() is { Length: > 0 } text)
                {
                    var limit = Math.Min(item.MaxLength ?? SurveyAnswer.TextMaxLength, SurveyAnswer.TextMaxLength);
                    if (text.Length > limit)
                        Error(item.Id, "validation.answer.maxLength", limit);
                    else
                        Add(item, SurveyAnswer.NoOption, null, text);
                }

                break;
        }
    }

    private void ReadChoices(SurveyItem item, JsonElement answer)
    {
        var options = item.Options ?? [];
        if (answer.ValueKind != JsonValueKind.Array || answer.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
        {
            Error(item.Id, "validation.answer.optionList");
            return;
        }

        var chosen = answer.EnumerateArray().Select(e => e.GetString()!).ToList();
        var unknown = chosen.Where(c => options.All(o => o.Id != c)).Distinct().ToList();
        if (unknown.Count > 0)
        {
            Error(item.Id, "validation.answer.unknownOptions", string.Join(", ", unknown), string.Join(", ", options.Select(o => o.Id)));
            return;
        }

        if (chosen.Distinct().Count() != chosen.Count)
        {
            Error(item.Id, "validation.answer.optionOnce");
            return;
        }

        foreach (var option in chosen)
            Add(item, option, null, null);
    }

    private void Add(SurveyItem item, string option, int? value, string? text) =>
        _values.Add(new AnswerValue(item.Id, item.Measure, option, value, text));

    private void Error(string itemId, string textKey, params object?[] values)
    {
        var key = $"answers.{itemId}";
        if (!_errors.TryGetValue(key, out var messages))
            _errors[key] = messages = [];
        messages.Add(EvaluationTexts.All.Format(textKey, _language, values));
    }
}
