using System.Globalization;
using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using Mentorship.ServiceDefaults.Identity;
using Mentorship.Web.Gateway;
using Mentorship.Web.Live;
using Mentorship.Web.Session;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

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
            provider.GetRequiredService<AuthenticationStateProvider>(),
            provider.GetRequiredService<NavigationManager>(),
            Clock,
            provider.GetRequiredService<ILogger<GatewayClient>>()));
        Services.AddScoped<EnrollmentClient>();
        Services.AddScoped<MatchingClient>();
        Services.AddScoped<MentoringClient>();
        Services.AddScoped<MessagingClient>();
        Services.AddScoped<SurveysClient>();
        Services.AddScoped<PrivacyClient>();
        Services.AddSingleton<TimeProvider>(Clock);
        Services.AddSingleton<IPairMessageFeed>(Feed);

        var found = Persona.Find(persona)!;
        Authorization = AddAuthorization();
        Authorization.SetAuthorized("Test Person");
        Authorization.SetRoles(found.Roles);
        Authorization.SetClaims(
            new Claim(SessionClaims.AccessToken, Token), new Claim(SessionClaims.Persona, found.Id), new Claim(PlatformClaims.Subject, PersonId.ToString()));
    }

    public StubGateway Gateway { get; } = new();

    /// <summary>The signed-in person's id (the session's sub).</summary>
    public Guid PersonId { get; } = Guid.NewGuid();

    public FakeMessageFeed Feed { get; } = new();

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>The signed-in person, whose claims a test may set as a session's (SessionClaims).</summary>
    protected BunitAuthorizationContext Authorization { get; }
}
