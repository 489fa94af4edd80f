namespace Mentorship.Evaluation.Domain.Templates;

/// <summary>What an answer measures, so reports find effect items whatever the programme calls its dimensions.</summary>
public enum ItemMeasure
{
    Effect,
    Benefits,
    Satisfaction,
    MoreMeetings,
    ProfessionalAddressed,
    PersonalAddressed,
    AcademicAddressed,
    Comment,

    /// <summary>How the respondent rates one effect dimension today (1..7), at the baseline and again at closure.</summary>
    State,
}
