using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Mentorship.ServiceDefaults.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.ServiceDefaults.Tests.Http;

/// <summary>The request's language as the UI culture for the whole request, and the shared refusals worded in it.</summary>
public sealed class RequestLanguageTests : IAsyncLifetime
{
    private static readonly Guid Missing = Guid.Parse("5b0c2a57-0000-4000-8000-000000000001");

    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        _app = builder.Build();
        _app.UseRequestLanguage();
        _app.MapGet("/cultures", () => TypedResults.Ok(new[] { CultureInfo.CurrentUICulture.Name, CultureInfo.CurrentCulture.Name }));
        _app.MapGet("/pair-threads/{id:guid}", (Guid id) => ApiProblems.NotFound("pair thread", id));
        _app.MapGet("/forbidden", () => ApiProblems.Forbidden("only the mentor"));
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    [Theory]
    [InlineData("/cultures?lang=nl", "fr-BE", "nl")]
    [InlineData("/cultures", "fr-BE,fr;q=0.9", "fr")]
    [InlineData("/cultures", "de", "en")]
    [InlineData("/cultures", null, "en")]
    public async Task The_ui_culture_is_the_requests_language_and_the_formatting_culture_is_left_alone(string path, string? acceptLanguage, string uiCulture)
    {
        var before = CultureInfo.CurrentCulture.Name;

        var cultures = await GetAsync<string[]>(path, acceptLanguage);

        Assert.Equal([uiCulture, before], cultures);
    }

    [Fact]
    public async Task A_host_that_localizes_requests_itself_keeps_its_choice()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddLocalization();
        await using var app = builder.Build();
        // As the front end does: the person's language from the culture cookie, before the service defaults.
        app.UseRequestLocalization(options => options.AddSupportedUICultures("fr", "nl", "en").SetDefaultCulture("en"));
        app.UseRequestLanguage();
        app.MapGet("/cultures", () => TypedResults.Ok(new[] { CultureInfo.CurrentUICulture.Name }));
        await app.StartAsync();
        using var client = app.GetTestClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/cultures");
        request.Headers.Add("Accept-Language", "en");
        request.Headers.Add("Cookie", $"{CookieRequestCultureProvider.DefaultCookieName}={CookieRequestCultureProvider.MakeCookieValue(new RequestCulture("en", "fr"))}");

        using var response = await client.SendAsync(request);

        Assert.Equal(["fr"], (await response.Content.ReadFromJsonAsync<string[]>())!);
    }

    [Theory]
    [InlineData("fr", "Introuvable : conversation du binôme.", "Aucun élément de type « conversation du binôme » n'a l'identifiant 5b0c2a57-0000-4000-8000-000000000001.")]
    [InlineData("nl", "Niet gevonden: gesprek van het duo.", "Geen gesprek van het duo met id 5b0c2a57-0000-4000-8000-000000000001.")]
    [InlineData(null, "The pair thread was not found.", "No pair thread has id 5b0c2a57-0000-4000-8000-000000000001.")]
    public async Task Not_found_names_the_resource_in_the_requests_language(string? acceptLanguage, string title, string detail)
    {
        var problem = await GetAsync<ProblemDetails>($"/pair-threads/{Missing}", acceptLanguage, HttpStatusCode.NotFound);

        Assert.Equal(title, problem.Title);
        Assert.Equal(detail, problem.Detail);
    }

    [Theory]
    [InlineData("nl-BE", "U mag dit niet doen.")]
    [InlineData("fr", "Vous n'êtes pas autorisé à faire ceci.")]
    [InlineData("en", "You may not do this.")]
    public async Task Forbidden_is_titled_in_the_requests_language(string acceptLanguage, string title)
    {
        var problem = await GetAsync<ProblemDetails>("/forbidden", acceptLanguage, HttpStatusCode.Forbidden);

        Assert.Equal(title, problem.Title);
        Assert.Equal("only the mentor", problem.Detail);
    }

    private async Task<T> GetAsync<T>(string path, string? acceptLanguage, HttpStatusCode status = HttpStatusCode.OK)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptLanguage is not null)
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        using var response = await _client.SendAsync(request);
        Assert.Equal(status, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }
}
