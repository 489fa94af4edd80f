using System.Net.Http.Headers;
using Mentorship.ServiceDefaults.Backend.Export;

namespace Mentorship.Testing;

/// <summary>
/// Application files for Enrollment's import in its documented layout, for a programme from the
/// "pollem" template (first-year students and their teachers): rows of students with a teacher every
/// sixth row, each e-mail unique to the file (run) it is made for, and chosen rows made invalid.
/// </summary>
public static class ApplicationImportFiles
{
    public const string CsvType = "text/csv";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static readonly IReadOnlyList<string> Columns =
    [
        "role", "firstName", "lastName", "email", "birthDate", "language", "region", "sectors",
        "languages", "expectations", "hobbies", "capacity", "answers.firstYearBachelor", "answers.teacher",
    ];

    /// <summary><paramref name="rows"/> rows; those whose 0-based index is in <paramref name="invalid"/> have a malformed e-mail.</summary>
    public static ExportTable Pollem(int rows, string run, params int[] invalid)
    {
        var table = new List<IReadOnlyList<object?>>(rows);
        for (var i = 0; i < rows; i++)
        {
            var mentor = i % 6 == 5;
            var email = invalid.Contains(i) ? $"not-an-email-{i}" : $"p{i}.{run}@example.org";
            table.Add(
            [
                mentor ? "mentor" : "mentee",
                $"First{i}",
                $"Last{i}",
                email,
                mentor ? "1975-05-04" : "2007-09-01",
                i % 3 == 0 ? "nl" : "fr",
                "BE-WHT",
                "education",
                i % 2 == 0 ? "fr;en" : "fr",
                "studies;method",
                "music",
                mentor ? "6" : "",
                mentor ? "" : "true",
                mentor ? "true" : "",
            ]);
        }

        return new ExportTable("applications", Columns, table);
    }

    public static byte[] Csv(ExportTable table) => CsvTableWriter.Write(table);

    public static byte[] Xlsx(ExportTable table) => XlsxTableWriter.Write(table);

    /// <summary>A CSV from literal lines, for files the writer would never produce (a missing column, a bad cell).</summary>
    public static byte[] Csv(params string[] lines) =>
        System.Text.Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n");

    /// <summary>Sends a file as a browser does: multipart, in the field "file", to the import route in the given mode.</summary>
    public static Task<HttpResponseMessage> UploadApplicationsAsync(
        this HttpClient client, Guid programmeId, byte[] file, string mode, string fileName, string contentType)
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        var form = new MultipartFormDataContent { { content, "file", fileName } };
        return client.PostAsync($"/api/programmes/{programmeId}/applications/import?mode={mode}", form);
    }
}
