using System.Text.Json;
using Mentorship.Web.Gateway.Models;
using Mentorship.Web.Portal;
using Mentorship.Web.Resources;

namespace Mentorship.Web.Tests.Portal;

public sealed class ApplicationFormTests
{
    private static readonly EligibilityRule[] Rules =
    [
        new("laboratory", "Laboratory", "answer-in", "laboratory", ["ETIS", "LIX"], null, null, null),
        new("early-career", "Early career", "any-of", null, null, null, null,
        [
            new("under-35", "Under 35", "maximum-age", null, null, 34, null, null),
            new("recent-thesis", "Recent thesis", "maximum-years-since", "thesisYear", null, 5, null, null),
        ]),
        new("again", "Same answer, other rule", "answer-in", "laboratory", ["ETIS"], null, null, null),
    ];

    [Fact]
    public void Questions_are_one_per_answer_nested_rules_included_and_the_age_rule_reads_the_birth_date()
    {
        Assert.Equal(["laboratory", "thesisYear"], ApplicationForm.Questions(Rules).Select(rule => rule.Answer));
        Assert.True(ApplicationForm.ReadsBirthDate(Rules));
        Assert.False(ApplicationForm.ReadsBirthDate(Rules[..1]));
    }

    [Fact]
    public void Free_text_becomes_kebab_case_codes_once_each()
    {
        Assert.Equal(["health-care", "it"], ApplicationForm.Codes(" Health care, IT; it ,", CodeLabels.Sector));
    }

    [Fact]
    public void Sectors_ticked_and_typed_are_sent_once_each_as_codes_known_ones_typed_by_their_name()
    {
        var form = new ApplicationForm { Sectors = "Logistique, deep-sea welding, health", JobFunction = "Opérations" };
        form.ChosenSectors.UnionWith(["health", "education"]);

        var profile = JsonSerializer.SerializeToElement(form.ToRequest(Rules, noticeVersion: null)).GetProperty("profile");

        Assert.Equal(["education", "health", "logistics", "deep-sea-welding"], profile.GetProperty("sectors").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("operations", profile.GetProperty("jobFunction").GetString());
    }

    [Fact]
    public void Unanswered_questions_are_left_out_and_a_year_that_is_not_a_number_is_sent_as_given()
    {
        var form = new ApplicationForm { Role = "mentee" };
        form.Answers["thesisYear"] = "soon";
        form.Answers["laboratory"] = " ";

        var request = JsonSerializer.SerializeToElement(form.ToRequest(Rules, noticeVersion: null));

        var answers = request.GetProperty("answers");
        Assert.Equal("soon", answers.GetProperty("thesisYear").GetString());
        Assert.False(answers.TryGetProperty("laboratory", out _));
        Assert.Equal(JsonValueKind.Null, request.GetProperty("profile").GetProperty("capacity").ValueKind);
        Assert.Equal(JsonValueKind.Null, request.GetProperty("consent").ValueKind);
    }

    [Fact]
    public void The_consent_names_the_notice_shown_and_presumes_nothing_the_person_did_not_tick()
    {
        var form = new ApplicationForm { Role = "mentee", Research = true };

        var consent = JsonSerializer.SerializeToElement(form.ToRequest(Rules, "2026-12")).GetProperty("consent");

        Assert.Equal("2026-12", consent.GetProperty("noticeVersion").GetString());
        Assert.False(consent.GetProperty("contactSharing").GetBoolean());
        Assert.True(consent.GetProperty("research").GetBoolean());
    }
}
