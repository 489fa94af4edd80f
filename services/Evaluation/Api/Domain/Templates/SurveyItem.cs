namespace Mentorship.Evaluation.Domain.Templates;

/// <summary>One question of a survey template. Min and max bound scales; options list a multi-select's choices.</summary>
public sealed record SurveyItem(
    string Id,
    ItemType Type,
    ItemMeasure Measure,
    LocalizedText Label,
    bool Required,
    int? Min = null,
    int? Max = null,
    IReadOnlyList<ItemOption>? Options = null,
    int? MaxLength = null)
{
    public const int CommentMaxLength = SurveyAnswer.TextMaxLength;

    public const int EffectMin = -3;
    public const int EffectMax = 3;

    /// <summary>"What effect did the mentoring have on {dimension}?", from -3 to +3.</summary>
    public static SurveyItem Effect(string dimension) =>
        new(dimension, ItemType.Scale, ItemMeasure.Effect, new("effect.question", $"dimension.{dimension}"), Required: true, EffectMin, EffectMax);

    public const int StateMin = 1;
    public const int StateMax = 7;

    private const string StateSuffix = "-state";

    /// <summary>
    /// "How do you rate {dimension} today?", from 1 to 7: the same item at the baseline and at closure, so one
    /// respondent's two answers pair up. Required at the baseline; optional at closure, where front ends
    /// written before it still send the closure answers without it.
    /// </summary>
    public static SurveyItem State(string dimension, bool required) =>
        new($"{dimension}{StateSuffix}", ItemType.Scale, ItemMeasure.State, new("state.question", $"dimension.{dimension}"), required, StateMin, StateMax);

    /// <summary>The effect dimension a state item ("well-being-state") rates.</summary>
    public static string DimensionOfState(string stateItemId) =>
        stateItemId.EndsWith(StateSuffix, StringComparison.Ordinal) ? stateItemId[..^StateSuffix.Length] : stateItemId;

    public static SurveyItem Benefits(IReadOnlyList<ItemOption> options) => new(
        "benefits", ItemType.MultiChoice, ItemMeasure.Benefits,
        new("item.benefits"),
        Required: true, Options: options);

    public static readonly SurveyItem Satisfaction = new(
        "satisfaction", ItemType.Scale, ItemMeasure.Satisfaction,
        new("item.satisfaction"),
        Required: true, Min: 1, Max: 5);

    public static readonly SurveyItem MoreMeetings = new(
        "more-meetings", ItemType.YesNo, ItemMeasure.MoreMeetings,
        new("item.more-meetings"),
        Required: true);

    public static readonly SurveyItem ProfessionalAddressed = Addressed(
        "professional-addressed", ItemMeasure.ProfessionalAddressed);

    public static readonly SurveyItem PersonalAddressed = Addressed(
        "personal-addressed", ItemMeasure.PersonalAddressed);

    public static readonly SurveyItem AcademicAddressed = Addressed(
        "academic-addressed", ItemMeasure.AcademicAddressed);

    public static readonly SurveyItem Comment = new(
        "comment", ItemType.Text, ItemMeasure.Comment,
        new("item.comment"),
        Required: false, MaxLength: CommentMaxLength);

    /// <summary>0 = not at all, 3 = a lot: POLLEM found effects predicted by how far these were addressed.</summary>
    private static SurveyItem Addressed(string id, ItemMeasure measure) =>
        new(id, ItemType.Scale, measure, new($"item.{id}"), Required: true, Min: 0, Max: 3);
}
