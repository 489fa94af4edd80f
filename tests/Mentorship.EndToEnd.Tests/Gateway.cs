using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Mentorship.EndToEnd.Tests;

/// <summary>Calls through the gateway as a front end does: a development token from /dev/token, then the public routes.</summary>
public sealed class Gateway(Uri address)
{
    public async Task<HttpClient> ClientAsync(Guid personId, string name, string[] roles, params Guid[] programmes)
    {
        using var anonymous = Anonymous();
        var response = await anonymous.PostAsJsonAsync("/dev/token", new { sub = personId, name, roles, programmes });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public HttpClient Anonymous() => new() { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
}
