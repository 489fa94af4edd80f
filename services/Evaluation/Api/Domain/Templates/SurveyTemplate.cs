namespace Mentorship.Evaluation.Domain.Templates;

/// <summary>
/// The surveys of one programme template: what the mentee and the mentor are asked at closure, and what
/// both are asked at the baseline. Id is the programme's template id ("pollem"), or "default" while the
/// programme is not known yet.
/// </summary>
public sealed record SurveyTemplate(
    string Id,
    LocalizedText Title,
    IReadOnlyList<SurveyItem> MenteeItems,
    IReadOnlyList<SurveyItem> MentorItems,
    IReadOnlyList<SurveyItem> BaselineItems)
{
    public static readonly LocalizedText BaselineTitle = new("title.baseline");

    public static readonly LocalizedText PulseTitle = new("title.pulse");

    /// <summary>The pulse check-in is short on purpose, the same in every programme: satisfaction so far and an optional comment.</summary>
    public static readonly IReadOnlyList<SurveyItem> PulseItems = [SurveyItem.Satisfaction, SurveyItem.Comment];

    public IReadOnlyList<SurveyItem> ItemsFor(SurveyKind kind, RespondentRole role) => kind switch
    {
        SurveyKind.Baseline => BaselineItems,
        SurveyKind.Pulse => PulseItems,
        _ => role == RespondentRole.Mentee ? MenteeItems : MentorItems,
    };

    public LocalizedText TitleFor(SurveyKind kind) => kind switch
    {
        SurveyKind.Baseline => BaselineTitle,
        SurveyKind.Pulse => PulseTitle,
        _ => Title,
    };

    /// <summary>The effect dimensions, in question order.</summary>
    public IEnumerable<string> EffectDimensions => MenteeItems.Where(i => i.Measure == ItemMeasure.Effect).Select(i => i.Id);
}
