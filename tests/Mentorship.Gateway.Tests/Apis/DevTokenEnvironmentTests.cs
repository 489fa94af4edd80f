using System.Net;
using System.Net.Http.Json;
using Mentorship.Gateway.Tests.Support;
using Microsoft.Extensions.Hosting;

namespace Mentorship.Gateway.Tests.Apis;

/// <summary>/dev/token exists in Development only, whatever the authority configured.</summary>
public sealed class DevTokenEnvironmentTests : IAsyncLifetime
{
    private const string Authority = "https://login.mentorship.example";
    private StubServices stubs = null!;

    public async Task InitializeAsync() => stubs = await StubServices.StartAsync();

    [Theory]
    [InlineData("Staging")]
    [InlineData("Production")]
    public async Task Outside_development_there_is_no_development_token_endpoint(string environment)
    {
        using var response = await IssueAsync(environment);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task In_development_the_endpoint_stays_beside_an_authority_whose_tokens_are_also_trusted()
    {
        using var response = await IssueAsync(Environments.Development);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public async Task DisposeAsync() => await stubs.DisposeAsync();

    private async Task<HttpResponseMessage> IssueAsync(string environment)
    {
        await using var gateway = GatewayFactory.Over(stubs.All, environment, new Dictionary<string, string?> { ["Identity:Authority"] = Authority });
        using var client = gateway.CreateClient();
        return await client.PostAsJsonAsync("/dev/token", new { sub = Guid.NewGuid(), name = "Eve", roles = new[] { "ops" } });
    }
}
