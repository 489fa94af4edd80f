using Mentorship.Evaluation.Domain;
using Mentorship.Evaluation.Domain.Answers;
using Mentorship.Evaluation.Domain.Templates;

namespace Mentorship.Evaluation.Tests.Domain;

public sealed class SurveyTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 30, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_survey_takes_the_template_of_its_programme()
    {
        var programme = Programme.FirstSeen(Guid.NewGuid(), Now);
        programme.UseTemplate("pollem");

        var survey = Survey.Assign(programme, Guid.NewGuid(), Guid.NewGuid(), RespondentRole.Mentee, SurveyKind.Closure, Now);

        Assert.Equal("pollem", survey.TemplateId);
        Assert.Equal(SurveyStatus.Pending, survey.Status);
        Assert.Contains(survey.Items, i => i.Id == "academic-success");
    }

    [Fact]
    public void A_survey_of_a_programme_not_known_yet_uses_the_default_template()
    {
        var survey = Survey.Assign(Programme.FirstSeen(Guid.NewGuid(), Now), Guid.NewGuid(), Guid.NewGuid(), RespondentRole.Mentee, SurveyKind.Closure, Now);

        Assert.Equal(SurveyTemplates.DefaultId, survey.TemplateId);
    }

    [Fact]
    public void A_survey_is_answered_once()
    {
        var survey = Survey.Assign(Programme.FirstSeen(Guid.NewGuid(), Now), Guid.NewGuid(), Guid.NewGuid(), RespondentRole.Mentor, SurveyKind.Closure, Now);
        AnswerValue[] answers = [new("satisfaction", ItemMeasure.Satisfaction, "", 4, null)];

        Assert.True(survey.Complete(answers, Now.AddDays(1)).Changed);
        var again = survey.Complete(answers, Now.AddDays(2));

        Assert.True(again.Refused);
        Assert.Equal(Now.AddDays(1), survey.CompletedAt);
        Assert.Single(survey.Answers);
        Assert.Equal(survey.ProgrammeId, survey.Answers[0].ProgrammeId);
    }

    [Fact]
    public void Programmes_get_their_own_random_pseudonym_salt()
    {
        var first = Programme.FirstSeen(Guid.NewGuid(), Now);
        var second = Programme.FirstSeen(Guid.NewGuid(), Now);

        Assert.Equal(Programme.SaltLength, first.PseudonymSalt.Length);
        Assert.NotEqual(first.PseudonymSalt, second.PseudonymSalt);
    }
}
