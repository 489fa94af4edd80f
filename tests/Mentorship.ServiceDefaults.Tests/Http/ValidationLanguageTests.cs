using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FluentValidation;
using Mentorship.ServiceDefaults.Http;
using Mentorship.ServiceDefaults.Texts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.ServiceDefaults.Tests.Http;

/// <summary>
/// FluentValidation's own messages and a rule's texts (WithText, from Texts*.resx beside this file) in the
/// request's language; a rule's plain WithMessage as written.
/// </summary>
public sealed class ValidationLanguageTests : IAsyncLifetime
{
    private static readonly ResourceTexts Texts = ResourceTexts.Beside(typeof(ValidationLanguageTests));

    private static readonly InlineValidator<ContactBody> Validator = new()
    {
        v => v.RuleFor(c => c.Email).EmailAddress(),
        v => v.RuleFor(c => c.Name).NotEmpty().WithMessage("name is required."),
        v => v.RuleFor(c => c.Age).InclusiveBetween(18, 99).WithText(Texts, "validation.age.range", 18, 99),
        v => v.RuleFor(c => c.Nickname).NotEqual(c => c.Email).WithText(Texts, "validation.nickname.notEmail", c => [c.Email]),
        v => v.RuleFor(c => c.Team).NotEmpty().WithText((c, language) => $"team ({language}, age {c.Age})"),
    };

    private static readonly ContactBody Refused = new("not-an-address", "", 12, "not-an-address", "");

    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton<IValidator<ContactBody>>(Validator);
        _app = builder.Build();
        _app.UseRequestLanguage();
        _app.MapPost("/contacts", (ContactBody body) => TypedResults.Ok(body)).WithValidation<ContactBody>();
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    [Theory]
    [InlineData("fr-BE,fr;q=0.9,en;q=0.5", "'Email' n'est pas une adresse email valide.")]
    [InlineData("nl", "'Email' is geen geldig email adres.")]
    [InlineData("de", "'Email' is not a valid email address.")]
    [InlineData(null, "'Email' is not a valid email address.")]
    public async Task The_frameworks_messages_follow_accept_language_and_a_rules_plain_message_does_not(string? acceptLanguage, string emailMessage)
    {
        var errors = await RefusedAsync(acceptLanguage);

        Assert.Equal(emailMessage, errors.GetProperty("email")[0].GetString());
        Assert.Equal("name is required.", errors.GetProperty("name")[0].GetString());
    }

    [Theory]
    [InlineData("fr-BE,fr;q=0.9,en;q=0.5", "age doit être compris entre 18 et 99.", "nickname doit être différent de email (not-an-address).", "fr")]
    [InlineData("nl", "age moet tussen 18 en 99 liggen.", "nickname moet verschillen van email (not-an-address).", "nl")]
    [InlineData("de", "age must be between 18 and 99.", "nickname must differ from email (not-an-address).", "en")]
    [InlineData(null, "age must be between 18 and 99.", "nickname must differ from email (not-an-address).", "en")]
    public async Task A_rules_text_follows_accept_language_with_its_values_and_the_instances(
        string? acceptLanguage, string ageMessage, string nicknameMessage, string language)
    {
        var errors = await RefusedAsync(acceptLanguage);

        Assert.Equal(ageMessage, errors.GetProperty("age")[0].GetString());
        Assert.Equal(nicknameMessage, errors.GetProperty("nickname")[0].GetString());
        Assert.Equal($"team ({language}, age 12)", errors.GetProperty("team")[0].GetString());
    }

    [Fact]
    public void A_rules_text_is_english_when_validated_outside_a_request()
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        try
        {
            var errors = ValidationFilter<ContactBody>.ToErrors(Validator.Validate(Refused with { Email = "ada@example.org", Nickname = "ada@example.org" }));

            Assert.Equal(["age must be between 18 and 99."], errors["age"]);
            Assert.Equal(["nickname must differ from email (ada@example.org)."], errors["nickname"]);
            Assert.Equal(["team (en, age 12)"], errors["team"]);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    private async Task<JsonElement> RefusedAsync(string? acceptLanguage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/contacts") { Content = JsonContent.Create(Refused) };
        if (acceptLanguage is not null)
            request.Headers.Add("Accept-Language", acceptLanguage);

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").Clone();
    }

    public sealed record ContactBody(string Email, string Name, int Age, string Nickname, string Team);
}
