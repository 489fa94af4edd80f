using System.Globalization;
using System.Text.Json;
using Mentorship.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Mentorship.Web.Session;

/// <summary>
/// Keeps a session's access token fresh at each request that carries the cookie (a page load, an
/// interactive page's connection). An interactive page keeps the token its circuit started with, so the
/// token is renewed well before it expires: a page opened then has <see cref="Ahead"/> of it left, and a
/// call after that reloads the page (GatewayClient), which comes back here. A session whose token
/// expired and cannot be renewed ends: the next page asks to sign in again.
/// </summary>
public static class SessionRefresh
{
    /// <summary>Half the identity service's access token lifetime (1 hour).</summary>
    public static readonly TimeSpan Ahead = TimeSpan.FromMinutes(30);

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var now = context.Options.TimeProvider?.GetUtcNow() ?? DateTimeOffset.UtcNow;
        if (context.Principal is not { } principal || SessionClaims.TokenExpiresOf(principal) is not { } expires || expires - now > Ahead)
            return;

        var refreshToken = context.Properties.GetTokenValue(OpenIdConnectParameterNames.RefreshToken);
        var renewed = refreshToken is null ? null : await RenewAsync(context, refreshToken);
        if (renewed is not null && renewed.FindFirst(PlatformClaims.Subject)?.Value == principal.FindFirst(PlatformClaims.Subject)?.Value)
        {
            context.ReplacePrincipal(renewed);
            context.ShouldRenew = true;
        }
        else if (expires <= now)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }

    /// <summary>A refresh token grant at the identity service; stores the new tokens in the session, or null when refused or unreachable.</summary>
    private static async Task<System.Security.Claims.ClaimsPrincipal?> RenewAsync(CookieValidatePrincipalContext context, string refreshToken)
    {
        var http = context.HttpContext;
        var oidc = http.RequestServices.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>().Get(OpenIdConnectDefaults.AuthenticationScheme);
        try
        {
            var configuration = await oidc.ConfigurationManager!.GetConfigurationAsync(http.RequestAborted);
            using var response = await oidc.Backchannel.PostAsync(configuration.TokenEndpoint, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                [OpenIdConnectParameterNames.GrantType] = OpenIdConnectGrantTypes.RefreshToken,
                [OpenIdConnectParameterNames.ClientId] = oidc.ClientId!,
                [OpenIdConnectParameterNames.RefreshToken] = refreshToken,
            }), http.RequestAborted);
            if (!response.IsSuccessStatusCode)
                return null;

            var tokens = await response.Content.ReadFromJsonAsync<JsonElement>(http.RequestAborted);
            var accessToken = tokens.GetProperty(OpenIdConnectParameterNames.AccessToken).GetString()!;
            var renewed = SessionClaims.FromAccessToken(accessToken);
            context.Properties.StoreTokens(
            [
                new AuthenticationToken { Name = OpenIdConnectParameterNames.AccessToken, Value = accessToken },
                new AuthenticationToken { Name = OpenIdConnectParameterNames.RefreshToken, Value = Text(tokens, OpenIdConnectParameterNames.RefreshToken) ?? refreshToken },
                new AuthenticationToken { Name = OpenIdConnectParameterNames.IdToken, Value = Text(tokens, OpenIdConnectParameterNames.IdToken) ?? context.Properties.GetTokenValue(OpenIdConnectParameterNames.IdToken) ?? "" },
                new AuthenticationToken { Name = OpenIdConnectParameterNames.TokenType, Value = Text(tokens, OpenIdConnectParameterNames.TokenType) ?? "Bearer" },
                new AuthenticationToken { Name = "expires_at", Value = SessionClaims.TokenExpiresOf(renewed)!.Value.ToString("o", CultureInfo.InvariantCulture) },
            ]);
            return renewed;
        }
        catch (Exception exception) when (exception is HttpRequestException or InvalidOperationException or JsonException or KeyNotFoundException or ArgumentException)
        {
            http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SessionRefresh)).LogWarning(exception, "The session's tokens could not be renewed");
            return null;
        }
    }

    private static string? Text(JsonElement tokens, string name) =>
        tokens.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
