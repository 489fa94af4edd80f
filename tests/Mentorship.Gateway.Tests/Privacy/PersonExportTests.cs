using System.IO.Compression;
using System.Net;
using System.Text.Json;
using Mentorship.Gateway.Tests.Support;
using Mentorship.ServiceDefaults.Hosting;

namespace Mentorship.Gateway.Tests.Privacy;

/// <summary>GET /api/people/{personId}/export is answered by the gateway: every service's part, fetched with the caller's token, in one zip.</summary>
public sealed class PersonExportTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task The_export_asks_every_service_with_the_callers_token_and_zips_one_file_per_service()
    {
        var personId = Guid.NewGuid();
        var token = GatewayFixture.Token(personId);
        using var request = GatewayFixture.Request(HttpMethod.Get, $"/api/people/{personId}/export", token);

        using var response = await gateway.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var archive = new ZipArchive(await response.Content.ReadAsStreamAsync());
        Assert.Equal(ResourceNames.Backends.Select(s => s + ".json").Order(), archive.Entries.Select(e => e.FullName).Order());
        foreach (var entry in archive.Entries)
        {
            await using var stream = entry.Open();
            var echo = (await JsonSerializer.DeserializeAsync<StubEcho>(stream, Web))!;
            Assert.Equal(Path.GetFileNameWithoutExtension(entry.FullName), echo.Service);
            Assert.Equal(("GET", $"/api/people/{personId}/export"), (echo.Method, echo.Path));
            Assert.Equal($"Bearer {token}", echo.Authorization);
        }
    }

    [Fact]
    public async Task A_malformed_person_id_is_refused_naming_the_field_and_an_anonymous_caller_reaches_no_service()
    {
        using var malformed = GatewayFixture.Request(HttpMethod.Get, "/api/people/not-a-uuid/export", GatewayFixture.Token());
        using var anonymous = GatewayFixture.Request(HttpMethod.Get, $"/api/people/{Guid.NewGuid()}/export");

        var receivedBefore = Received();
        using var refused = await gateway.Client.SendAsync(malformed);
        using var unauthenticated = await gateway.Client.SendAsync(anonymous);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("personId", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, unauthenticated.StatusCode);
        Assert.Equal(receivedBefore, Received());
    }

    /// <summary>Requests the stubs received: the export fans out without the probe header, so it is counted instead.</summary>
    private int Received() => gateway.Stubs.All.Sum(stub => stub.Received.Count);
}
