namespace Mentorship.Evaluation.Domain.Templates;

/// <summary>
/// The closure surveys, one per programme template, read from the programmes' documents (shared/seeds).
/// The mentee rates each effect dimension from -3 (much worse) to +3 (much better), picks the perceived
/// benefits, rates satisfaction, says whether they wanted more meetings and how far each dimension was
/// addressed, and rates the state of each dimension today (1..7) as at the baseline. The mentor is asked
/// the same minus the effects on themselves and the benefits: the programmes measure the mentee's
/// progress, and the mentor's view of the relationship (satisfaction, more meetings, dimensions
/// addressed) is what coordinators compare with the mentee's. Both members answer the baseline at
/// activation (the state of each dimension), so before/after is measured per respondent.
/// Effect dimensions:
/// pollem: well-being, academic-success, perseverance (POLLEM's measured effects);
/// mentoryou: self-confidence, job-search, professional-network (its psychological, technical and relational support);
/// team-mentorship: career-clarity, professional-network, self-confidence (career objectives, foot in the door);
/// cjsm: career-decisions, research-project, professional-network (decisions about career and research);
/// dialogue: well-being-at-work, work-organisation, self-confidence (the professional and personal topics it lists);
/// default (programme not known yet): well-being, self-confidence, professional-development.
/// </summary>
public static class SurveyTemplates
{
    public const string DefaultId = "default";

    private static readonly SurveyItem WellBeing = SurveyItem.Effect("well-being");
    private static readonly SurveyItem SelfConfidence = SurveyItem.Effect("self-confidence");
    private static readonly SurveyItem ProfessionalNetwork = SurveyItem.Effect("professional-network");

    public static readonly SurveyTemplate Pollem = Closure("pollem",
        WellBeing,
        SurveyItem.Effect("academic-success"),
        SurveyItem.Effect("perseverance"));

    public static readonly SurveyTemplate MentorYou = Closure("mentoryou",
        SelfConfidence,
        SurveyItem.Effect("job-search"),
        ProfessionalNetwork);

    public static readonly SurveyTemplate TeamMentorship = Closure("team-mentorship",
        SurveyItem.Effect("career-clarity"),
        ProfessionalNetwork,
        SelfConfidence);

    public static readonly SurveyTemplate Cjsm = Closure("cjsm",
        SurveyItem.Effect("career-decisions"),
        SurveyItem.Effect("research-project"),
        ProfessionalNetwork);

    public static readonly SurveyTemplate Dialogue = Closure("dialogue",
        SurveyItem.Effect("well-being-at-work"),
        SurveyItem.Effect("work-organisation"),
        SelfConfidence);

    public static readonly SurveyTemplate Default = Closure(DefaultId,
        WellBeing,
        SelfConfidence,
        SurveyItem.Effect("professional-development"));

    public static readonly IReadOnlyList<SurveyTemplate> All = [Pollem, MentorYou, TeamMentorship, Cjsm, Dialogue, Default];

    /// <summary>The programme templates' ids (not the default's): what a roll-up may be asked for.</summary>
    public static IEnumerable<string> ProgrammeTemplateIds => All.Where(t => t.Id != DefaultId).Select(t => t.Id);

    /// <summary>The template of a programme template id; unknown or missing ids get the default one.</summary>
    public static SurveyTemplate For(string? templateId) => All.FirstOrDefault(t => t.Id == templateId) ?? Default;

    private static SurveyTemplate Closure(string id, params SurveyItem[] effects)
    {
        var states = effects.Select(e => SurveyItem.State(e.Id, required: false));
        SurveyItem[] relationship =
        [
            SurveyItem.Satisfaction,
            SurveyItem.MoreMeetings,
            SurveyItem.ProfessionalAddressed,
            SurveyItem.PersonalAddressed,
            SurveyItem.AcademicAddressed,
            .. states,
            SurveyItem.Comment,
        ];
        return new SurveyTemplate(
            id,
            new($"title.{id}"),
            [.. effects, SurveyItem.Benefits(PerceivedBenefits.All), .. relationship],
            relationship,
            [.. effects.Select(e => SurveyItem.State(e.Id, required: true))]);
    }
}
