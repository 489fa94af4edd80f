using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FluentValidation;
using Mentorship.ServiceDefaults.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.ServiceDefaults.Tests.Http;

/// <summary>FluentValidation's own messages in the request's language; a rule's own wording as written.</summary>
public sealed class ValidationLanguageTests : IAsyncLifetime
{
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton<IValidator<ContactBody>>(new InlineValidator<ContactBody>
        {
            v => v.RuleFor(c => c.Email).EmailAddress(),
            v => v.RuleFor(c => c.Name).NotEmpty().WithMessage("name is required."),
        });
        _app = builder.Build();
        _app.MapPost("/contacts", (ContactBody body) => TypedResults.Ok(body)).WithValidation<ContactBody>();
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    [Theory]
    [InlineData("fr-BE,fr;q=0.9,en;q=0.5", "'Email' n'est pas une adresse email valide.")]
    [InlineData("nl", "'Email' is geen geldig email adres.")]
    [InlineData("de", "'Email' is not a valid email address.")]
    [InlineData(null, "'Email' is not a valid email address.")]
    public async Task The_frameworks_messages_follow_accept_language_and_a_rules_own_words_do_not(string? acceptLanguage, string emailMessage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/contacts") { Content = JsonContent.Create(new ContactBody("not-an-address", "")) };
        if (acceptLanguage is not null)
            request.Headers.Add("Accept-Language", acceptLanguage);

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(emailMessage, errors.GetProperty("email")[0].GetString());
        Assert.Equal("name is required.", errors.GetProperty("name")[0].GetString());
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    public sealed record ContactBody(string Email, string Name);
}
