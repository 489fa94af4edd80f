namespace Mentorship.Evaluation.Domain.Templates;

/// <summary>
/// The closure surveys, one per programme template, read from the programmes' documents (shared/seeds).
/// The mentee rates each effect dimension from -3 (much worse) to +3 (much better), picks the perceived
/// benefits, rates satisfaction, says whether they wanted more meetings and how far each dimension was
/// addressed. The mentor is asked the same minus the effects on themselves and the benefits: the
/// programmes measure the mentee's progress, and the mentor's view of the relationship (satisfaction,
/// more meetings, dimensions addressed) is what coordinators compare with the mentee's.
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

    private static readonly SurveyItem WellBeing = SurveyItem.Effect("well-being", Effect("votre bien-être", "your well-being"));
    private static readonly SurveyItem SelfConfidence = SurveyItem.Effect("self-confidence", Effect("votre confiance en vous", "your self-confidence"));
    private static readonly SurveyItem ProfessionalNetwork = SurveyItem.Effect("professional-network", Effect("votre réseau professionnel", "your professional network"));

    public static readonly SurveyTemplate Pollem = Closure("pollem", "POLLEM",
        WellBeing,
        SurveyItem.Effect("academic-success", Effect("votre réussite académique", "your academic success")),
        SurveyItem.Effect("perseverance", Effect("votre persévérance dans vos études", "your perseverance in your studies")));

    public static readonly SurveyTemplate MentorYou = Closure("mentoryou", "MentorYou",
        SelfConfidence,
        SurveyItem.Effect("job-search", Effect("votre recherche d'emploi", "your job search")),
        ProfessionalNetwork);

    public static readonly SurveyTemplate TeamMentorship = Closure("team-mentorship", "Team Mentorship",
        SurveyItem.Effect("career-clarity", Effect("la clarté de vos objectifs de carrière", "the clarity of your career objectives")),
        ProfessionalNetwork,
        SelfConfidence);

    public static readonly SurveyTemplate Cjsm = Closure("cjsm", "CJSM",
        SurveyItem.Effect("career-decisions", Effect("vos décisions de carrière", "your career decisions")),
        SurveyItem.Effect("research-project", Effect("votre projet de recherche", "your research project")),
        ProfessionalNetwork);

    public static readonly SurveyTemplate Dialogue = Closure("dialogue", "Dialogue",
        SurveyItem.Effect("well-being-at-work", Effect("votre bien-être au travail", "your well-being at work")),
        SurveyItem.Effect("work-organisation", Effect("l'organisation de votre travail", "the organisation of your work")),
        SelfConfidence);

    public static readonly SurveyTemplate Default = Closure(DefaultId, "",
        WellBeing,
        SelfConfidence,
        SurveyItem.Effect("professional-development", Effect("votre développement professionnel", "your professional development")));

    public static readonly IReadOnlyList<SurveyTemplate> All = [Pollem, MentorYou, TeamMentorship, Cjsm, Dialogue, Default];

    /// <summary>The template of a programme template id; unknown or missing ids get the default one.</summary>
    public static SurveyTemplate For(string? templateId) => All.FirstOrDefault(t => t.Id == templateId) ?? Default;

    private static SurveyTemplate Closure(string id, string programme, params SurveyItem[] effects)
    {
        var suffix = programme.Length == 0 ? "" : $" – {programme}";
        SurveyItem[] relationship =
        [
            SurveyItem.Satisfaction,
            SurveyItem.MoreMeetings,
            SurveyItem.ProfessionalAddressed,
            SurveyItem.PersonalAddressed,
            SurveyItem.AcademicAddressed,
            SurveyItem.Comment,
        ];
        return new SurveyTemplate(
            id,
            new($"Évaluation de fin de mentorat{suffix}", $"End-of-mentoring evaluation{suffix}"),
            [.. effects, SurveyItem.Benefits(PerceivedBenefits.All), .. relationship],
            relationship);
    }

    private static LocalizedText Effect(string fr, string en) => new(
        $"Quel effet le mentorat a-t-il eu sur {fr} ? (-3 = très négatif, 0 = aucun, +3 = très positif)",
        $"What effect did the mentoring have on {en}? (-3 = very negative, 0 = none, +3 = very positive)");
}
