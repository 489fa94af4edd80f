using System.Net.Http.Json;
using System.Text.Json;
using Mentorship.Testing;

namespace Mentorship.Enrollment.Tests.Integration;

/// <summary>Uploads of application files as a browser sends them (multipart, field "file"), and the wait for an import to end.</summary>
public static class ImportRequests
{
    public const string CsvType = ApplicationImportFiles.CsvType;
    public const string XlsxType = ApplicationImportFiles.XlsxType;

    public static Task<HttpResponseMessage> UploadAsync(
        this HttpClient client, Guid programmeId, byte[] file, string mode = "import", string fileName = "applications.csv", string contentType = CsvType) =>
        client.UploadApplicationsAsync(programmeId, file, mode, fileName, contentType);

    public static async Task<JsonElement> PreviewAsync(this HttpClient client, Guid programmeId, byte[] file)
    {
        var response = await client.UploadAsync(programmeId, file, mode: "preview");
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Queues the import (202) and returns the import once it has completed.</summary>
    public static async Task<JsonElement> ImportAsync(
        this HttpClient client, Guid programmeId, byte[] file, string fileName = "applications.csv", string contentType = CsvType)
    {
        var response = await client.UploadAsync(programmeId, file, fileName: fileName, contentType: contentType);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        var ended = await Eventually.Get<JsonElement?>(async () =>
        {
            var import = await client.GetFromJsonAsync<JsonElement>(location);
            return import.GetProperty("status").GetString() is "completed" or "failed" ? import : null;
        }, "the import to end", seconds: 120);
        return ended!.Value;
    }

    public static async Task<int> CountApplicationsAsync(this HttpClient client, Guid programmeId) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/programmes/{programmeId}/applications?pageSize=1")).GetProperty("total").GetInt32();
}
