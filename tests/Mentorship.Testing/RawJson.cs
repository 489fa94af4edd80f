using System.Text;

namespace Mentorship.Testing;

/// <summary>Sends a body exactly as written, for JSON a serializer would never produce (wrong types, nulls, broken syntax).</summary>
public static class RawJson
{
    public static Task<HttpResponseMessage> PostRawJsonAsync(this HttpClient client, string path, string json) =>
        client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));
}
