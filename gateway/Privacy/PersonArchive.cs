using System.IO.Compression;
using System.Text.Json;

namespace Mentorship.Gateway.Privacy;

/// <summary>The export archive: one "{service}.json" per service, as the service wrote it; an empty one where the service holds nothing.</summary>
public static class PersonArchive
{
    public const string ContentType = "application/zip";

    public static byte[] Zip(Guid personId, IEnumerable<ExportPart> parts)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var part in parts)
            {
                var entry = archive.CreateEntry($"{part.Service}.json", CompressionLevel.Fastest);
                using var stream = entry.Open();
                stream.Write(part.Found ? part.Body : Empty(part.Service, personId));
            }
        }

        return buffer.ToArray();
    }

    private static byte[] Empty(string service, Guid personId) =>
        JsonSerializer.SerializeToUtf8Bytes(new { service, personId, tables = new Dictionary<string, object>() });
}
