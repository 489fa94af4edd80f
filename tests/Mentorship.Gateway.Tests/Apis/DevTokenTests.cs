using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mentorship.Gateway.Tests.Support;
using Mentorship.ServiceDefaults.Identity;

namespace Mentorship.Gateway.Tests.Apis;

public sealed class DevTokenTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    private sealed record IssuedToken(string AccessToken, DateTime ExpiresAt);

    [Fact]
    public async Task A_development_token_is_accepted_by_the_services()
    {
        var personId = Guid.NewGuid();
        using var issued = await gateway.Client.PostAsJsonAsync("/dev/token", new
        {
            sub = personId,
            name = "Ada Mentor",
            roles = new[] { PlatformRoles.Mentor, PlatformRoles.Coordinator },
            programmes = new[] { Guid.NewGuid() },
        });
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        var token = await issued.Content.ReadFromJsonAsync<IssuedToken>();
        Assert.True(token!.ExpiresAt > DateTime.UtcNow);

        using var request = GatewayFixture.Request(HttpMethod.Get, "/api/me/pairs", token.AccessToken);
        using var response = await gateway.Client.SendAsync(request);

        var echo = await response.Content.ReadFromJsonAsync<StubEcho>();
        Assert.True(echo!.Authenticated);
        Assert.Equal(personId.ToString(), echo.Subject);
    }

    [Fact]
    public async Task Invalid_claims_are_refused_naming_each_field()
    {
        using var response = await gateway.Client.PostAsJsonAsync("/dev/token", new
        {
            sub = "not-a-guid",
            name = "Ada",
            roles = new[] { PlatformRoles.Mentee, "wizard" },
            programmes = new[] { "programme-one" },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var fields = problem.GetProperty("errors").EnumerateObject().Select(error => error.Name).Order();
        Assert.Equal(["programmes[0]", "roles[1]", "sub"], fields);
    }

    [Fact]
    public async Task A_missing_name_is_refused()
    {
        using var response = await gateway.Client.PostAsJsonAsync("/dev/token", new { sub = Guid.NewGuid(), roles = Array.Empty<string>() });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("name", out _));
    }
}
