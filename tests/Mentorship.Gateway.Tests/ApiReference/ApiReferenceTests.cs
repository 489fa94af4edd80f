using System.Net;
using System.Text.Json;
using Mentorship.Gateway.Tests.Support;
using Mentorship.ServiceDefaults.Hosting;

namespace Mentorship.Gateway.Tests.ApiReference;

public sealed class ApiReferenceTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    public static TheoryData<string> Services => [.. ResourceNames.Services];

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Each_service_document_is_served_anonymously_with_the_gateway_as_server(string service)
    {
        using var response = await gateway.Client.GetAsync($"/openapi/{service}.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(service, document.GetProperty("info").GetProperty("title").GetString());
        var server = new Uri(document.GetProperty("servers")[0].GetProperty("url").GetString()!);
        Assert.Equal(gateway.Client.BaseAddress!.Authority, server.Authority);
    }

    [Fact]
    public async Task The_gateway_document_describes_its_own_endpoints()
    {
        using var response = await gateway.Client.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/dev/token", out _));
        Assert.True(paths.TryGetProperty("/health", out _));
    }

    [Fact]
    public async Task The_api_reference_page_lists_every_document()
    {
        using var response = await gateway.Client.GetAsync("/scalar");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.All(ResourceNames.Services, service => Assert.Contains($"\"{service}\"", page));
    }

    [Fact]
    public async Task The_root_leads_to_the_api_reference()
    {
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = gateway.Client.BaseAddress };

        using var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/scalar", response.Headers.Location?.OriginalString);
    }
}
