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

    public static SurveyItem Effect(string dimension, LocalizedText label) =>
        new(dimension, ItemType.Scale, ItemMeasure.Effect, label, Required: true, EffectMin, EffectMax);

    public static SurveyItem Benefits(IReadOnlyList<ItemOption> options) => new(
        "benefits", ItemType.MultiChoice, ItemMeasure.Benefits,
        new("Qu'est-ce que le mentorat vous a apporté ? (plusieurs choix possibles)", "What did the mentoring bring you? (choose any)"),
        Required: true, Options: options);

    public static readonly SurveyItem Satisfaction = new(
        "satisfaction", ItemType.Scale, ItemMeasure.Satisfaction,
        new("Globalement, êtes-vous satisfait·e du mentorat ? (1 = pas du tout, 5 = tout à fait)", "Overall, how satisfied are you with the mentoring? (1 = not at all, 5 = fully)"),
        Required: true, Min: 1, Max: 5);

    public static readonly SurveyItem MoreMeetings = new(
        "more-meetings", ItemType.YesNo, ItemMeasure.MoreMeetings,
        new("Auriez-vous voulu plus de rencontres ?", "Would you have wanted more meetings?"),
        Required: true);

    public static readonly SurveyItem ProfessionalAddressed = Addressed(
        "professional-addressed", ItemMeasure.ProfessionalAddressed, "professionnelle", "professional");

    public static readonly SurveyItem PersonalAddressed = Addressed(
        "personal-addressed", ItemMeasure.PersonalAddressed, "personnelle", "personal");

    public static readonly SurveyItem AcademicAddressed = Addressed(
        "academic-addressed", ItemMeasure.AcademicAddressed, "académique", "academic");

    public static readonly SurveyItem Comment = new(
        "comment", ItemType.Text, ItemMeasure.Comment,
        new("Un commentaire ? (facultatif)", "Any comment? (optional)"),
        Required: false, MaxLength: CommentMaxLength);

    /// <summary>0 = not at all, 3 = a lot: POLLEM found effects predicted by how far these were addressed.</summary>
    private static SurveyItem Addressed(string id, ItemMeasure measure, string fr, string en) => new(
        id, ItemType.Scale, measure,
        new($"Dans quelle mesure la dimension {fr} a-t-elle été abordée ? (0 = pas du tout, 3 = beaucoup)",
            $"How far was the {en} dimension addressed? (0 = not at all, 3 = a lot)"),
        Required: true, Min: 0, Max: 3);
}
