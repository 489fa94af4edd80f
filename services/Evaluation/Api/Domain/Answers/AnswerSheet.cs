using System.Text.Json;
using Mentorship.Evaluation.Domain.Templates;

namespace Mentorship.Evaluation.Domain.Answers;

/// <summary>
/// Answers checked against the survey's questions: every required item answered, values of the right
/// type and in range, options known, no unknown item. Errors are keyed "answers.{itemId}".
/// </summary>
public sealed class AnswerSheet
{
    private readonly List<AnswerValue> _values = [];
    private readonly Dictionary<string, List<string>> _errors = [];

    private AnswerSheet()
    {
    }

    public IReadOnlyList<AnswerValue> Values => _values;

    public bool IsValid => _errors.Count == 0;

    public IReadOnlyDictionary<string, string[]> Errors => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public static AnswerSheet Read(IReadOnlyList<SurveyItem> items, IReadOnlyDictionary<string, JsonElement> answers)
    {
        var sheet = new AnswerSheet();
        foreach (var id in answers.Keys.Where(id => items.All(i => i.Id != id)))
            sheet.Error(id, $"'{id}' is not a question of this survey; its questions are: {string.Join(", ", items.Select(i => i.Id))}.");

        foreach (var item in items)
        {
            var answered = answers.TryGetValue(item.Id, out var answer) && answer.ValueKind != JsonValueKind.Null;
            if (!answered)
            {
                if (item.Required)
                    sheet.Error(item.Id, "This question must be answered.");
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
                    Error(item.Id, $"The answer must be a whole number from {item.Min} to {item.Max}.");
                break;
            case ItemType.YesNo:
                if (answer.ValueKind is JsonValueKind.True or JsonValueKind.False)
                    Add(item, SurveyAnswer.NoOption, answer.GetBoolean() ? 1 : 0, null);
                else
                    Error(item.Id, "The answer must be true or false.");
                break;
            case ItemType.MultiChoice:
                ReadChoices(item, answer);
                break;
            case ItemType.Text:
                if (answer.ValueKind != JsonValueKind.String)
                    Error(item.Id, "The answer must be a text.");
                else if (answer.GetString()!.Trim() is { Length: > 0 } text)
                {
                    var limit = Math.Min(item.MaxLength ?? SurveyAnswer.TextMaxLength, SurveyAnswer.TextMaxLength);
                    if (text.Length > limit)
                        Error(item.Id, $"The answer must be at most {limit} characters.");
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
            Error(item.Id, "The answer must be a list of option ids (possibly empty).");
            return;
        }

        var chosen = answer.EnumerateArray().Select(e => e.GetString()!).ToList();
        var unknown = chosen.Where(c => options.All(o => o.Id != c)).Distinct().ToList();
        if (unknown.Count > 0)
        {
            Error(item.Id, $"Unknown option(s): {string.Join(", ", unknown)}; the options are: {string.Join(", ", options.Select(o => o.Id))}.");
            return;
        }

        if (chosen.Distinct().Count() != chosen.Count)
        {
            Error(item.Id, "Each option may be chosen once.");
            return;
        }

        foreach (var option in chosen)
            Add(item, option, null, null);
    }

    private void Add(SurveyItem item, string option, int? value, string? text) =>
        _values.Add(new AnswerValue(item.Id, item.Measure, option, value, text));

    private void Error(string itemId, string message)
    {
        var key = $"answers.{itemId}";
        if (!_errors.TryGetValue(key, out var messages))
            _errors[key] = messages = [];
        messages.Add(message);
    }
}
