using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Mentorship.Testing;

/// <summary>Reads the RFC 9457 answers of the services as a client does.</summary>
public static class ProblemResponses
{
    /// <summary>Asserts a 400 ValidationProblem and returns its message for <paramref name="field"/> (the JSON field name).</summary>
    public static async Task<string> ValidationErrorAsync(this HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"Expected 400, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonSerializer.Deserialize<JsonElement>(body).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"No error for '{field}' in {errors}");
        return string.Join(" ", messages.EnumerateArray().Select(m => m.GetString()));
    }

    /// <summary>Asserts a ProblemDetails with this status and returns its title.</summary>
    public static async Task<string> ProblemTitleAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString() ?? "";
    }
}
