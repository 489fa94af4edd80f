using System.Net.Http.Json;
using Mentorship.Testing;

namespace Mentorship.Matching.Tests.Integration;

/// <summary>Issue 11: input the service cannot use is a 400 naming the field and the rule, never a 500.</summary>
public sealed class InvalidInputTests(MatchingFactory factory) : IClassFixture<MatchingFactory>
{
    [Fact]
    public async Task An_appreciation_reason_longer_than_its_column_is_refused_naming_the_field_and_the_limit()
    {
        var cohort = await Cohort.AnnounceAsync(factory, mentors: 1, mentees: 1);

        var response = await cohort.Coordinator.PostAsJsonAsync($"/api/programmes/{cohort.ProgrammeId}/matching/appreciations", new
        {
            menteeId = cohort.Mentees[0],
            mentorId = cohort.Mentors[0],
            kind = "forbid",
            reason = new string('r', 501),
        });

        Assert.Contains("500", await response.ValidationErrorAsync("reason"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "menteeId": null, "mentorId": null, "kind": null, "reason": null }""", "menteeId")]
    [InlineData("""{ "menteeId": "not-a-guid", "kind": "pin", "reason": "Good fit" }""", "menteeId")]
    [InlineData("""{ "kind": "veto", "reason": "Good fit" }""", "kind")]
    [InlineData("""{ "kind": "bonus", "value": "ten", "reason": "Good fit" }""", "value")]
    [InlineData("{", "body")]
    public async Task An_appreciation_missing_a_field_or_with_a_wrong_one_is_refused_naming_it(string body, string field) =>
        await (await PostAsync("matching/appreciations", body)).ValidationErrorAsync(field);

    [Theory]
    [InlineData("""{ "mode": "best" }""", "mode")]
    [InlineData("""{ "mode": 1 }""", "mode")]
    [InlineData("not JSON", "body")]
    public async Task A_round_with_an_unknown_mode_or_an_unreadable_body_is_refused_naming_it(string body, string field) =>
        await (await PostAsync("matching-rounds", body)).ValidationErrorAsync(field);

    [Fact]
    public async Task Weights_left_out_are_refused_naming_each_criterion()
    {
        var programmeId = Guid.NewGuid();

        var response = await factory.CreateClient(TestUser.Coordinator(programmeId)).PutAsJsonAsync(
            $"/api/programmes/{programmeId}/matching/weights", new { geography = 5 });

        await response.ValidationErrorAsync("sector");
        await response.ValidationErrorAsync("hobbies");
    }

    [Fact]
    public async Task A_refused_field_is_explained_in_the_language_the_request_asks_for()
    {
        var programmeId = Guid.NewGuid();
        var client = factory.CreateClient(TestUser.Coordinator(programmeId));
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-BE, nl;q=0.5");

        var appreciation = await client.PostAsJsonAsync($"/api/programmes/{programmeId}/matching/appreciations",
            new { menteeId = Guid.NewGuid(), mentorId = Guid.NewGuid(), kind = "veto", reason = "Good fit" });
        var weights = await client.PutAsJsonAsync($"/api/programmes/{programmeId}/matching/weights?lang=nl", new
        {
            geography = 0, sector = 0, jobFunction = 0, background = 0, age = 0, language = 0, expectations = 0, hobbies = 0,
        });

        Assert.Equal("kind doit être l'une des valeurs suivantes : bonus, malus, pin, forbid.", await appreciation.ValidationErrorAsync("kind"));
        Assert.Equal(
            "Minstens één criterium heeft een gewicht boven 0 nodig, anders krijgen alle duo's dezelfde score.",
            await weights.ValidationErrorAsync("weights"));
    }

    /// <summary>A coordinator's call about a programme of their own that Matching has never heard of.</summary>
    private Task<HttpResponseMessage> PostAsync(string resource, string json)
    {
        var programmeId = Guid.NewGuid();
        return factory.CreateClient(TestUser.Coordinator(programmeId)).PostRawJsonAsync($"/api/programmes/{programmeId}/{resource}", json);
    }
}
