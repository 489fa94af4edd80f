using Mentorship.Testing;

namespace Mentorship.Messaging.Tests.Integration;

/// <summary>Issue 11: input the service cannot use is a 400 naming the field and the rule, never a 500.</summary>
public sealed class InvalidInputTests(MessagingFactory factory) : IClassFixture<MessagingFactory>
{
    [Fact]
    public async Task A_message_longer_than_the_stored_column_is_refused_naming_the_field_and_the_limit()
    {
        var pair = await PairScenario.New(factory).OpenAsync();

        var response = await pair.Client(pair.Mentee).PostJsonAsync(pair.Messages, new { text = new string('m', 4001) });

        Assert.Contains("4000", await response.ValidationErrorAsync("text"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_concern_longer_than_the_stored_column_is_refused_naming_the_field_and_the_limit()
    {
        var response = await factory.CreateClient(TestUser.Mentee()).PostJsonAsync("/api/concerns",
            new { programmeId = Guid.NewGuid(), category = "other", text = new string('c', 4001) });

        Assert.Contains("4000", await response.ValidationErrorAsync("text"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_field_is_explained_in_the_language_the_request_asks_for()
    {
        var client = factory.CreateClient(TestUser.Mentee());
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl-BE");

        var concern = await client.PostJsonAsync("/api/concerns", new { programmeId = Guid.NewGuid(), category = "other", text = "Too short" });
        var settings = await client.PutJsonAsync("/api/me/mail-settings?lang=fr", new { kinds = new Dictionary<string, string> { ["no-such-kind"] = "off" } });

        Assert.Equal("text moet tussen 10 en 4000 tekens bevatten.", await concern.ValidationErrorAsync("text"));
        Assert.Equal("'no-such-kind' n'est pas un type de notification.", await settings.ValidationErrorAsync("kinds.no-such-kind"));
    }

    [Theory]
    [InlineData("""{ "category": "other", "text": "Something is not right here." }""", "programmeId")]
    [InlineData("""{ "programmeId": null, "pairId": null, "category": null, "text": null }""", "programmeId")]
    [InlineData("""{ "programmeId": "0193e8a2-1f7e-7000-8000-000000000001", "category": "gossip", "text": "Something is not right here." }""", "category")]
    [InlineData("""{ "programmeId": 42, "text": "Something is not right here." }""", "programmeId")]
    [InlineData("""{ "programmeId": "0193e8a2-1f7e-7000-8000-000000000001", "text": null }""", "text")]
    [InlineData("not JSON", "body")]
    public async Task A_concern_missing_a_field_or_with_a_wrong_one_is_refused_naming_it(string body, string field)
    {
        var response = await factory.CreateClient(TestUser.Mentee()).PostRawJsonAsync("/api/concerns", body);

        await response.ValidationErrorAsync(field);
    }

    [Theory]
    [InlineData("messages", """{ "text": null }""", "text")]
    [InlineData("messages", """{ "text": ["hello"] }""", "text")]
    [InlineData("thread/invitations", """{ "personId": null }""", "personId")]
    [InlineData("thread/invitations", """{ "personId": "the referent" }""", "personId")]
    public async Task A_thread_request_missing_a_field_or_with_a_wrong_one_is_refused_naming_it(string action, string body, string field)
    {
        var pair = await PairScenario.New(factory).OpenAsync();

        var response = await pair.Client(pair.Mentee).PostRawJsonAsync($"/api/pairs/{pair.PairId}/{action}", body);

        await response.ValidationErrorAsync(field);
    }
}
