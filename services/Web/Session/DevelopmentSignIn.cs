using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace Mentorship.Web.Session;

/// <summary>
/// Development only: signs a persona in with a token from the gateway's POST /dev/token. Each sign-in
/// is a new person unless a person id is given; staff personas are staff of every programme that exists at that moment.
/// </summary>
public static class DevelopmentSignIn
{
    public const string HttpClientName = "dev-token";
    public const string Path = "/signin/dev";
    private const int ProgrammesListed = 100;

    public static IEndpointRouteBuilder MapDevelopmentSignIn(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, SignInAsync).AllowAnonymous();
        return app;
    }

    public static async Task<IResult> SignInAsync(
        [FromForm] string? persona, [FromForm] string? name, [FromForm] string? returnUrl, [FromForm] string? personId,
        HttpContext http, IHttpClientFactory clients, CancellationToken cancellationToken)
    {
        var chosen = Persona.Find(persona);
        var displayName = name?.Trim();
        if (chosen is null || string.IsNullOrEmpty(displayName) || displayName.Length > 100)
            return Results.Redirect(LocalUrl.Within(http.Request.PathBase, $"/signin?error=persona&returnUrl={Uri.EscapeDataString(returnUrl ?? "/")}"));

        using var gateway = clients.CreateClient(HttpClientName);
        // A person id given signs that person in again (their pairs, their messages); none makes a new person.
        var person = Guid.TryParse(personId, out var given) && given != Guid.Empty ? given : Guid.NewGuid();
        string token;
        DateTimeOffset expires;
        Guid[] programmes = [];
        try
        {
            (token, expires) = await TokenAsync(gateway, person, displayName, chosen, programmes, cancellationToken);
            if (chosen.StaffOfEveryProgramme)
            {
                programmes = await ProgrammeIdsAsync(gateway, token, cancellationToken);
                (token, expires) = await TokenAsync(gateway, person, displayName, chosen, programmes, cancellationToken);
            }
        }
        catch (HttpRequestException)
        {
            // The gateway is away or refused: back to the picker, which says so, rather than an error page.
            return Results.Redirect(LocalUrl.Within(http.Request.PathBase, $"/signin?error=unavailable&returnUrl={Uri.EscapeDataString(returnUrl ?? "/")}"));
        }

        await http.SignInAsync(
            CookieAuthenticationDefaults.AuthenticationScheme,
            SessionClaims.ForPersona(person, displayName, chosen, programmes, token, expires),
            new AuthenticationProperties { ExpiresUtc = expires, IsPersistent = true });
        return Results.Redirect(LocalUrl.Within(http.Request.PathBase, returnUrl));
    }

    private static async Task<(string Token, DateTimeOffset Expires)> TokenAsync(
        HttpClient gateway, Guid personId, string name, Persona persona, Guid[] programmes, CancellationToken cancellationToken)
    {
        var response = await gateway.PostAsJsonAsync("/dev/token", new { sub = personId, name, roles = persona.Roles, programmes }, cancellationToken);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        return (body.GetProperty("accessToken").GetString()!, body.GetProperty("expiresAt").GetDateTimeOffset());
    }

    private static async Task<Guid[]> ProgrammeIdsAsync(HttpClient gateway, string token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/programmes?pageSize={ProgrammesListed}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await gateway.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        var page = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        return [.. page.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid())];
    }
}
