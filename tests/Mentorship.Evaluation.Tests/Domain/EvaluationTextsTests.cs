using Mentorship.Evaluation.Domain.Templates;
using Mentorship.Evaluation.Resources;
using Mentorship.Testing;

namespace Mentorship.Evaluation.Tests.Domain;

public sealed class EvaluationTextsTests
{
    [Fact]
    public void Every_text_is_written_in_french_dutch_and_english_with_the_same_placeholders() =>
        TextResources.AssertWrittenInEveryLanguage(EvaluationTexts.All);

    [Fact]
    public void Every_title_question_and_option_of_every_survey_has_its_text()
    {
        var english = EvaluationTexts.All.WrittenIn("en");
        var texts = SurveyTemplates.All.SelectMany(t => new[] { t.Title, SurveyTemplate.BaselineTitle, SurveyTemplate.PulseTitle }
            .Concat(t.MenteeItems.Concat(t.MentorItems).Concat(t.BaselineItems).SelectMany(i => new[] { i.Label }.Concat((i.Options ?? []).Select(o => o.Label)))));

        Assert.All(texts, text =>
        {
            Assert.Contains(text.Key, english.Keys);
            if (text.Part is { } part)
                Assert.Contains(part, english.Keys);
        });
    }

    [Fact]
    public void A_question_reads_whole_in_each_language()
    {
        var question = SurveyTemplates.Dialogue.MenteeItems.Single(i => i.Id == "work-organisation").Label;

        Assert.Equal("Welk effect had de begeleiding op de organisatie van uw werk? (-3 = zeer negatief, 0 = geen, +3 = zeer positief)", question.In("nl"));
        Assert.StartsWith("Quel effet le mentorat a-t-il eu sur l'organisation de votre travail ?", question.In("fr"));
        Assert.StartsWith("What effect did the mentoring have on the organisation of your work?", question.In("es"));
    }
}
