namespace Mentorship.Evaluation.Domain.Templates;

/// <summary>
/// The closure survey of one programme template: what the mentee is asked and what the mentor is asked.
/// Id is the programme's template id ("pollem"), or "default" while the programme is not known yet.
/// </summary>
public sealed record SurveyTemplate(
    string Id,
    LocalizedText Title,
    IReadOnlyList<SurveyItem> MenteeItems,
    IReadOnlyList<SurveyItem> MentorItems)
{
    public IReadOnlyList<SurveyItem> ItemsFor(RespondentRole role) => role == RespondentRole.Mentee ? MenteeItems : MentorItems;

    /// <summary>The effect dimensions, in question order.</summary>
    public IEnumerable<string> EffectDimensions => MenteeItems.Where(i => i.Measure == ItemMeasure.Effect).Select(i => i.Id);
}
