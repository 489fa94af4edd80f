using System.Globalization;
using Bunit;
using Mentorship.Web.Gateway;
using Mentorship.Web.Session;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Mentorship.Web.Tests.Support;

/// <summary>
/// A bunit context wired as the app wires its pages: the real localizer and clients, over a
/// <see cref="StubGateway"/>, as a signed-in person with the given persona.
/// </summary>
public abstract class WebTestContext : BunitContext
{
    public const string Token = "test-token";

    protected WebTestContext(string persona = "mentee", string culture = "en")
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        Services.AddLocalization();
        Services.AddSingleton<ILogger<GatewayClient>>(NullLogger<GatewayClient>.Instance);
        Services.AddScoped(provider => new GatewayClient(
            new HttpClient(Gateway) { BaseAddress = new Uri("http://gateway") },
            provider.GetRequiredService<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider>(),
            provider.GetRequiredService<ILogger<GatewayClient>>()));
        Services.AddScoped<EnrollmentClient>();

        var found = Persona.Find(persona)!;
        var authorization = AddAuthorization();
        authorization.SetAuthorized("Test Person");
        authorization.SetRoles(found.Roles);
        authorization.SetClaims(new System.Security.Claims.Claim(SessionClaims.AccessToken, Token), new System.Security.Claims.Claim(SessionClaims.Persona, found.Id));
    }

    public StubGateway Gateway { get; } = new();
}
