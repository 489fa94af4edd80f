using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mentorship.Testing;
using static Mentorship.Enrollment.Tests.Integration.EnrollmentRequests;

namespace Mentorship.Enrollment.Tests.Integration;

/// <summary>Rules, verdicts and steps come in the caller's language; codes stay the same in every language.</summary>
public sealed class TextLanguageTests(EnrollmentFactory factory) : IClassFixture<EnrollmentFactory>
{
    [Fact]
    public async Task An_application_read_in_dutch_gives_dutch_verdicts_and_steps()
    {
        var (owner, id) = await SubmitWithoutForeignBackgroundAsync();
        var client = factory.CreateClient(owner);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl-BE, fr;q=0.5");

        var application = await client.GetFromJsonAsync<JsonElement>($"/api/applications/{id}");

        Assert.Equal("nl", application.GetProperty("language").GetString());
        var verdicts = application.GetProperty("eligibility").EnumerateArray().ToDictionary(v => v.GetProperty("rule").GetString()!);
        Assert.Equal("Heeft een arbeidsvergunning", verdicts["work-permit"].GetProperty("description").GetString());
        Assert.Equal("Voldaan", verdicts["work-permit"].GetProperty("outcome").GetString());
        Assert.Equal("Niet beantwoord: answers.foreignBackground", verdicts["foreign-background"].GetProperty("outcome").GetString());
        Assert.Equal("answers.foreignBackground not given", verdicts["foreign-background"].GetProperty("evidence").GetString());
        Assert.Equal("Individueel gesprek met de coördinator", application.GetProperty("preparation")[0].GetProperty("description").GetString());
    }

    [Theory]
    [InlineData("?lang=en", "nl", "Holds a work permit")]
    [InlineData("?lang=de", "nl", "Heeft een arbeidsvergunning")]
    [InlineData("", "de-DE", "Dispose d'un permis de travail")]
    public async Task The_query_wins_over_the_header_and_an_unsupported_language_falls_back(string query, string header, string expected)
    {
        var (owner, id) = await SubmitWithoutForeignBackgroundAsync();
        var client = factory.CreateClient(owner);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(header);

        var application = await client.GetFromJsonAsync<JsonElement>($"/api/applications/{id}{query}");

        // The applicant's own language (fr) is the fallback when neither names one the platform writes.
        var permit = application.GetProperty("eligibility").EnumerateArray().Single(v => v.GetProperty("rule").GetString() == "work-permit");
        Assert.Equal(expected, permit.GetProperty("description").GetString());
    }

    [Fact]
    public async Task Templates_and_programmes_list_their_rules_in_the_language_asked()
    {
        var programme = await factory.CreateProgrammeAsync("dialogue");
        var admin = factory.CreateClient(TestUser.ProgrammeAdmin());

        var templates = await admin.GetFromJsonAsync<JsonElement>("/api/programme-templates?lang=nl");
        var read = await admin.GetFromJsonAsync<JsonElement>($"/api/programmes/{programme}?lang=fr");
        var english = await admin.GetFromJsonAsync<JsonElement>($"/api/programmes/{programme}");

        var cjsm = templates.EnumerateArray().Single(t => t.GetProperty("id").GetString() == "cjsm");
        var earlyCareer = cjsm.GetProperty("mentee").GetProperty("eligibility")[1];
        Assert.Equal("Jonger dan 35 jaar, of hoogstens 5 jaar na het doctoraat", earlyCareer.GetProperty("description").GetString());
        Assert.Equal("Jonger dan 35 jaar", earlyCareer.GetProperty("anyOf")[0].GetProperty("description").GetString());
        var laboratory = read.GetProperty("mentee").GetProperty("eligibility")[0];
        Assert.Equal("laboratory", laboratory.GetProperty("id").GetString());
        Assert.StartsWith("Travaille dans l'un des laboratoires participants", laboratory.GetProperty("description").GetString());
        Assert.Equal(["ETIS", "LIRIS", "LIX", "STMS", "ISIR"], laboratory.GetProperty("allowedValues").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal("Signed the programme charter", english.GetProperty("mentee").GetProperty("preparation")[0].GetProperty("description").GetString());
    }

    private async Task<(TestUser Owner, Guid Application)> SubmitWithoutForeignBackgroundAsync()
    {
        var programme = await factory.CreateProgrammeAsync();
        var owner = TestUser.Mentee();
        var answers = (JsonObject)EligibleMenteeAnswers.DeepClone();
        answers.Remove("foreignBackground");
        var application = await factory.CreateClient(owner).SubmitAsync(programme, Application("mentee", answers));
        return (owner, application.GetProperty("id").GetGuid());
    }
}
