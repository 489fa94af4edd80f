using Mentorship.Evaluation.Domain.Answers;
using Mentorship.Evaluation.Domain.Templates;
using Mentorship.Evaluation.Resources;
using Mentorship.ServiceDefaults.Transitions;

namespace Mentorship.Evaluation.Domain;

/// <summary>
/// A survey sent to one member of a pair (one per pair, respondent, kind and period). Its questions come from
/// the template it was sent with and its kind; it is answered once, by its respondent.
/// </summary>
public sealed class Survey
{
    public Guid Id { get; init; }

    public Guid ProgrammeId { get; init; }

    public Guid PairId { get; init; }

    public Guid RespondentId { get; init; }

    public RespondentRole Role { get; init; }

    public SurveyKind Kind { get; init; }

    /// <summary>Which pulse of the pair this is (1 = the first period after activation); 0 for the baseline and closure, sent once.</summary>
    public int Period { get; init; }

    /// <summary>The programme template whose questions this survey asks ("default" until the programme is known).</summary>
    public required string TemplateId { get; set; }

    public SurveyStatus Status { get; private set; }

    public DateTimeOffset AssignedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public List<SurveyAnswer> Answers { get; init; } = [];

    /// <summary>Optimistic concurrency (PostgreSQL xmin): two submissions at once do not both win.</summary>
    public uint Version { get; private set; }

    public SurveyTemplate Template => SurveyTemplates.For(TemplateId);

    public IReadOnlyList<SurveyItem> Items => Template.ItemsFor(Kind, Role);

    public LocalizedText Title => Template.TitleFor(Kind);

    public static Survey Assign(Programme programme, Guid pairId, Guid respondentId, RespondentRole role, SurveyKind kind, DateTimeOffset now, int period = 0) => new()
    {
        Id = Guid.CreateVersion7(now),
        ProgrammeId = programme.Id,
        PairId = pairId,
        RespondentId = respondentId,
        Role = role,
        Kind = kind,
        Period = period,
        TemplateId = SurveyTemplates.For(programme.TemplateId).Id,
        Status = SurveyStatus.Pending,
        AssignedAt = now,
    };

    public TransitionResult Complete(IReadOnlyList<AnswerValue> answers, DateTimeOffset now)
    {
        if (Status == SurveyStatus.Completed)
            return TransitionResult.Conflict(EvaluationTexts.All.InUiLanguage("problem.survey.answered-once"));

        Answers.AddRange(answers.Select(a => new SurveyAnswer
        {
            SurveyId = Id,
            ProgrammeId = ProgrammeId,
            ItemId = a.ItemId,
            Option = a.Option,
            Measure = a.Measure,
            Value = a.Value,
            Text = a.Text,
        }));
        Status = SurveyStatus.Completed;
        CompletedAt = now;
        return TransitionResult.Done;
    }
}
