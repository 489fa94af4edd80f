using System.Net;
using System.Security.Claims;
using System.Text.Json;
using Bunit.TestDoubles;
using Mentorship.Web.Gateway;
using Mentorship.Web.Session;
using Mentorship.Web.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.Web.Tests.Gateway;

public sealed class GatewayClientTests : WebTestContext
{
    [Fact]
    public async Task A_call_with_a_token_that_expired_reloads_the_page_to_renew_it_instead_of_reaching_the_gateway()
    {
        SignedInWithTokenExpiring(Clock.GetUtcNow().AddSeconds(-1));

        var result = await Services.GetRequiredService<GatewayClient>().GetAsync<JsonElement>("/api/programmes");

        Assert.False(result.Succeeded);
        Assert.Empty(Gateway.Requests);
        var reload = Assert.Single(((BunitNavigationManager)Services.GetRequiredService<NavigationManager>()).History);
        Assert.True(reload.Options.ForceLoad);
    }

    [Fact]
    public async Task A_call_with_a_token_still_valid_carries_it()
    {
        Gateway.Answer("GET /api/programmes", HttpStatusCode.OK, "{}");
        SignedInWithTokenExpiring(Clock.GetUtcNow().AddMinutes(1));

        var result = await Services.GetRequiredService<GatewayClient>().GetAsync<JsonElement>("/api/programmes");

        Assert.True(result.Succeeded);
        Assert.Equal($"Bearer {Token}", Assert.Single(Gateway.Requests).Authorization);
    }

    private void SignedInWithTokenExpiring(DateTimeOffset expires) =>
        Authorization.SetClaims(
            new Claim(SessionClaims.AccessToken, Token),
            new Claim(SessionClaims.AccessTokenExpires, expires.ToString("O", System.Globalization.CultureInfo.InvariantCulture)));
}
