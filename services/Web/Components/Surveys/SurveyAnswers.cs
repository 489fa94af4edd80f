using Mentorship.Web.Gateway.Models;

namespace Mentorship.Web.Components.Surveys;

/// <summary>The answers being given to a survey, by question id, as Evaluation takes them; unanswered questions are left out.</summary>
public sealed class SurveyAnswers
{
    private readonly Dictionary<string, object> _values = [];

    public object? this[string itemId] => _values.GetValueOrDefault(itemId);

    public void Set(string itemId, object? value)
    {
        if (value is null or "")
            _values.Remove(itemId);
        else
            _values[itemId] = value;
    }

    /// <summary>Adds or removes one option of a multi-choice question.</summary>
    public void Toggle(string itemId, string optionId)
    {
        var chosen = _values.GetValueOrDefault(itemId) as List<string> ?? [];
        if (!chosen.Remove(optionId))
            chosen.Add(optionId);
        Set(itemId, chosen.Count == 0 ? null : chosen);
    }

    public bool Has(string itemId, string optionId) => _values.GetValueOrDefault(itemId) is List<string> chosen && chosen.Contains(optionId);

    public IReadOnlyDictionary<string, object> ToRequest() => _values;

    /// <summary>The whole numbers a scale question offers.</summary>
    public static IEnumerable<int> ScaleOf(SurveyItem item) =>
        Enumerable.Range(item.Min ?? 1, Math.Max(0, (item.Max ?? 5) - (item.Min ?? 1) + 1));
}
