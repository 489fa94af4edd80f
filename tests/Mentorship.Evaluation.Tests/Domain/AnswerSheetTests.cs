using System.Text.Json;
using Mentorship.Evaluation.Domain;
using Mentorship.Evaluation.Domain.Answers;
using Mentorship.Evaluation.Domain.Templates;

namespace Mentorship.Evaluation.Tests.Domain;

public sealed class AnswerSheetTests
{
    private static readonly IReadOnlyList<SurveyItem> Mentee = SurveyTemplates.Pollem.ItemsFor(SurveyKind.Closure, RespondentRole.Mentee);
    private static readonly IReadOnlyList<SurveyItem> Mentor = SurveyTemplates.Pollem.ItemsFor(SurveyKind.Closure, RespondentRole.Mentor);

    public static Dictionary<string, JsonElement> Answers(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!;

    private const string CompleteMentee = """
        {
          "well-being": 2, "academic-success": -1, "perseverance": 3,
          "benefits": ["support", "listening"],
          "satisfaction": 5, "more-meetings": true,
          "professional-addressed": 2, "personal-addressed": 3, "academic-addressed": 0,
          "comment": "  Merci !  "
        }
        """;

    [Fact]
    public void A_complete_mentee_response_is_read_into_one_value_per_item_and_option()
    {
        var sheet = AnswerSheet.Read(Mentee, Answers(CompleteMentee), "en");

        Assert.True(sheet.IsValid);
        Assert.Contains(new AnswerValue("academic-success", ItemMeasure.Effect, "", -1, null), sheet.Values);
        Assert.Contains(new AnswerValue("benefits", ItemMeasure.Benefits, "support", null, null), sheet.Values);
        Assert.Contains(new AnswerValue("benefits", ItemMeasure.Benefits, "listening", null, null), sheet.Values);
        Assert.Contains(new AnswerValue("more-meetings", ItemMeasure.MoreMeetings, "", 1, null), sheet.Values);
        Assert.Contains(new AnswerValue("comment", ItemMeasure.Comment, "", null, "Merci !"), sheet.Values);
        Assert.Equal(11, sheet.Values.Count);
    }

    [Fact]
    public void Every_missing_required_item_is_named()
    {
        var sheet = AnswerSheet.Read(Mentee, Answers("""{ "well-being": 1, "perseverance": null }"""), "en");

        Assert.False(sheet.IsValid);
        Assert.Equal(
            ["answers.academic-addressed", "answers.academic-success", "answers.benefits", "answers.more-meetings",
                "answers.perseverance", "answers.personal-addressed", "answers.professional-addressed", "answers.satisfaction"],
            sheet.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("fr-BE", "Veuillez répondre à cette question.", "La réponse doit être un nombre entier de -3 à 3.")]
    [InlineData("nl", "Gelieve deze vraag te beantwoorden.", "Het antwoord moet een geheel getal van -3 tot 3 zijn.")]
    [InlineData("en", "This question must be answered.", "The answer must be a whole number from -3 to 3.")]
    [InlineData("de", "This question must be answered.", "The answer must be a whole number from -3 to 3.")]
    public void Each_refusal_is_worded_in_the_respondents_language(string language, string unanswered, string outOfRange)
    {
        var answers = Answers(CompleteMentee);
        answers.Remove("perseverance");
        answers["academic-success"] = JsonDocument.Parse("4").RootElement;

        var errors = AnswerSheet.Read(Mentee, answers, language).Errors;

        Assert.Equal([unanswered], errors["answers.perseverance"]);
        Assert.Equal([outOfRange], errors["answers.academic-success"]);
    }

    [Fact]
    public void An_unknown_item_is_refused_by_name()
    {
        var json = CompleteMentee.Replace("\"satisfaction\": 5", "\"satisfaction\": 5, \"happiness\": 3", StringComparison.Ordinal);

        var sheet = AnswerSheet.Read(Mentee, Answers(json), "en");

        var error = Assert.Single(sheet.Errors);
        Assert.Equal("answers.happiness", error.Key);
    }

    [Fact]
    public void A_mentor_cannot_answer_effect_items()
    {
        var sheet = AnswerSheet.Read(Mentor, Answers("""
            { "well-being": 2, "satisfaction": 4, "more-meetings": false,
              "professional-addressed": 1, "personal-addressed": 1, "academic-addressed": 3 }
            """), "en");

        Assert.Equal(["answers.well-being"], sheet.Errors.Keys);
    }

    [Theory]
    [InlineData("well-being", "4")]
    [InlineData("well-being", "-4")]
    [InlineData("well-being", "1.5")]
    [InlineData("well-being", "\"2\"")]
    [InlineData("satisfaction", "0")]
    [InlineData("professional-addressed", "4")]
    [InlineData("more-meetings", "1")]
    [InlineData("benefits", "\"support\"")]
    [InlineData("benefits", "[\"support\", \"support\"]")]
    [InlineData("benefits", "[\"free-pizza\"]")]
    [InlineData("benefits", "[1]")]
    [InlineData("comment", "42")]
    public void A_value_of_the_wrong_type_or_out_of_range_is_refused_on_its_item(string item, string value)
    {
        var answers = Answers(CompleteMentee);
        answers[item] = JsonDocument.Parse(value).RootElement;

        var sheet = AnswerSheet.Read(Mentee, answers, "en");

        Assert.Equal([$"answers.{item}"], sheet.Errors.Keys);
    }

    [Fact]
    public void The_comment_is_optional_but_limited_to_2000_characters()
    {
        var answers = Answers(CompleteMentee);
        answers.Remove("comment");
        Assert.True(AnswerSheet.Read(Mentee, answers, "en").IsValid);

        answers["comment"] = JsonSerializer.SerializeToElement(new string('a', 2001));
        Assert.Equal(["answers.comment"], AnswerSheet.Read(Mentee, answers, "en").Errors.Keys);
    }

    [Fact]
    public void No_perceived_benefit_is_a_valid_answer()
    {
        var answers = Answers(CompleteMentee);
        answers["benefits"] = JsonDocument.Parse("[]").RootElement;

        var sheet = AnswerSheet.Read(Mentee, answers, "en");

        Assert.True(sheet.IsValid);
        Assert.DoesNotContain(sheet.Values, v => v.ItemId == "benefits");
    }
}
