using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Mentorship.Identity.ExternalSignIn;

/// <summary>
/// Some institutions leave the address out of the identity token and give it at their userinfo
/// endpoint only. Asked only then (one call less for the others), with the access token of this sign-in;
/// an answer about another subject, or none, is a failure like any other answer that does not check.
/// A token without subject is left to ExternalAccounts, which refuses it with its own reason.
/// </summary>
public static class UserInfoAddress
{
    public static async Task AddWhenMissingAsync(TokenValidatedContext context)
    {
        if (context.Principal?.Identity is not ClaimsIdentity identity
            || identity.HasClaim(c => c.Type == Claims.Email)
            || identity.FindFirst(Claims.Subject)?.Value is not { } subject
            || context.TokenEndpointResponse?.AccessToken is not { } accessToken
            || context.Options.ConfigurationManager is null)
            return;

        var cancellationToken = context.HttpContext.RequestAborted;
        var configuration = await context.Options.ConfigurationManager.GetConfigurationAsync(cancellationToken);
        if (string.IsNullOrEmpty(configuration.UserInfoEndpoint))
            return;

        using var request = new HttpRequestMessage(HttpMethod.Get, configuration.UserInfoEndpoint);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await context.Options.Backchannel.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            context.Fail($"The userinfo endpoint answered {(int)response.StatusCode}.");
            return;
        }

        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        var user = answer.RootElement;
        if (!user.TryGetProperty(Claims.Subject, out var sub) || sub.GetString() != subject)
        {
            context.Fail("The userinfo endpoint answered about another subject.");
            return;
        }

        if (user.TryGetProperty(Claims.Email, out var email) && email.ValueKind == JsonValueKind.String)
            identity.AddClaim(new Claim(Claims.Email, email.GetString()!));
        if (user.TryGetProperty(Claims.EmailVerified, out var verified) && verified.ValueKind is JsonValueKind.True or JsonValueKind.False)
            identity.AddClaim(new Claim(Claims.EmailVerified, verified.GetBoolean() ? "true" : "false"));
    }
}
