using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mentorship.Testing;

namespace Mentorship.Pairing.Tests.Integration;

/// <summary>Issue 11: input the service cannot use is a 400 naming the field and the rule, never a 500.</summary>
public sealed class InvalidInputTests(PairingFactory factory) : IClassFixture<PairingFactory>
{
    [Fact]
    public async Task A_decline_reason_longer_than_the_stored_column_is_refused_naming_the_field_and_the_limit()
    {
        var pair = await PairHarness.ProposeAsync(factory);

        var tooLong = await pair.Mentor.PostAsJsonAsync($"{pair.Url}/mentor-decision", new { accept = false, reason = new string('r', 1001) });
        var status = (await pair.Mentor.GetFromJsonAsync<JsonElement>(pair.Url)).GetProperty("status").GetString();
        var longest = await pair.Mentor.PostAsJsonAsync($"{pair.Url}/mentor-decision", new { accept = false, reason = new string('r', 1000) });

        Assert.Contains("1000", await tooLong.ValidationErrorAsync("reason"), StringComparison.Ordinal);
        Assert.Equal("proposed", status);
        Assert.Equal(HttpStatusCode.OK, longest.StatusCode);
    }

    [Fact]
    public async Task Closing_notes_longer_than_the_stored_column_are_refused_naming_the_field_and_the_limit()
    {
        var pair = await PairHarness.ProposeAsync(factory);

        var response = await pair.Coordinator.PostAsJsonAsync($"{pair.Url}/close", new { outcome = "job", notes = new string('n', 4001) });

        Assert.Contains("4000", await response.ValidationErrorAsync("notes"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_meeting_place_longer_than_the_stored_column_is_refused_naming_the_field_and_the_limit()
    {
        var pair = await (await PairHarness.ProposeAsync(factory)).ActiveAsync();

        var response = await pair.LogMeetingAsync(PairHarness.Today, place: new string('p', 201));

        Assert.Contains("200", await response.ValidationErrorAsync("place"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mentor-decision", """{ "accept": "yes" }""", "accept")]
    [InlineData("mentor-decision", """{ "accept": null, "reason": null }""", "accept")]
    [InlineData("mentor-decision", "{}", "accept")]
    [InlineData("mentor-decision", "not JSON", "body")]
    [InlineData("first-meeting", """{ "heldOn": "yesterday", "fit": true }""", "heldOn")]
    [InlineData("first-meeting", """{ "heldOn": null, "fit": null }""", "fit")]
    [InlineData("close", """{ "outcome": "divorce" }""", "outcome")]
    [InlineData("close", """{ "outcome": null }""", "outcome")]
    [InlineData("meetings", """{ "date": "2026-01-05", "durationMinutes": "long", "dimensions": ["personal"] }""", "durationMinutes")]
    [InlineData("meetings", """{ "date": "2026-01-05", "durationMinutes": 60, "dimensions": null }""", "dimensions")]
    public async Task A_request_missing_a_field_or_with_a_wrong_one_is_refused_naming_it(string action, string body, string field)
    {
        var pair = await PairHarness.ProposeAsync(factory);

        var response = await pair.Mentor.PostRawJsonAsync($"{pair.Url}/{action}", body);

        await response.ValidationErrorAsync(field);
    }

    [Theory]
    [InlineData("close", """{ "outcome": "divorce" }""", "fr-BE", "outcome", "outcome doit être l'une des valeurs suivantes : job, ")]
    [InlineData("first-meeting", """{ "heldOn": null, "fit": null }""", "nl", "fit", "fit is verplicht: true als beiden willen doorgaan")]
    public async Task A_refused_field_is_explained_in_the_language_the_request_asks_for(
        string action, string body, string acceptLanguage, string field, string start)
    {
        var pair = await PairHarness.ProposeAsync(factory);

        var response = await pair.Mentor.SendJsonInLanguageAsync(HttpMethod.Post, $"{pair.Url}/{action}", JsonDocument.Parse(body).RootElement, acceptLanguage);

        Assert.StartsWith(start, await response.ValidationErrorAsync(field), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_action_plan_with_a_goal_of_another_plan_is_refused_naming_the_goal()
    {
        var pair = await (await PairHarness.ProposeAsync(factory)).ActiveAsync();

        var response = await pair.Mentee.PutAsJsonAsync($"{pair.Url}/action-plan", new
        {
            goals = new[] { new { id = Guid.NewGuid(), title = "Write a CV", status = "open" } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("goals", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
