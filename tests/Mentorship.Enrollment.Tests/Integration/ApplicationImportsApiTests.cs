using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mentorship.Enrollment.Contracts;
using Mentorship.Testing;
using static Mentorship.Enrollment.Tests.Integration.ImportRequests;

namespace Mentorship.Enrollment.Tests.Integration;

public sealed class ApplicationImportsApiTests(EnrollmentFactory factory) : IClassFixture<EnrollmentFactory>
{
    private const string Header = "role,firstName,lastName,email,birthDate,language,languages,capacity,answers.firstYearBachelor,answers.teacher";

    [Fact]
    public async Task A_preview_names_the_column_and_rule_of_each_error_and_writes_nothing()
    {
        var programme = await factory.CreateProgrammeAsync("pollem");
        var coordinator = factory.CreateClient(TestUser.Coordinator(programme));
        var file = ApplicationImportFiles.Csv(
            Header,
            $"mentee,Amina,Benali,amina.{programme:N}@example.org,2007-03-02,fr,fr;ar,,true,",
            $"mentee,Jan,Peeters,not-an-email,02/03/2007,nl,nl,,true,",
            $"teacher,Luc,Martin,luc.{programme:N}@example.org,1975-11-20,fr,,6,,true",
            $"mentee,Sara,Dumont,sara.{programme:N}@example.org,2007-01-01,fr,fr,,false,");

        var preview = await coordinator.PreviewAsync(programme, file);

        Assert.Equal(4, preview.GetProperty("total").GetInt32());
        Assert.Equal(2, preview.GetProperty("valid").GetInt32());
        Assert.Equal(2, preview.GetProperty("invalid").GetInt32());
        var rows = preview.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("row").GetInt32());
        Assert.Equal("valid", rows[2].GetProperty("status").GetString());
        Assert.True(rows[2].GetProperty("eligible").GetBoolean());
        Assert.False(rows[5].GetProperty("eligible").GetBoolean());
        Assert.Equal("invalid", rows[3].GetProperty("status").GetString());
        Assert.Contains(("email", "email"), Errors(rows[3]));
        Assert.Contains(("birthDate", "date"), Errors(rows[3]));
        Assert.Contains(("role", "one-of"), Errors(rows[4]));
        Assert.Contains(("languages", "not-empty"), Errors(rows[4]));
        Assert.Equal(0, await coordinator.CountApplicationsAsync(programme));
    }

    [Fact]
    public async Task An_import_writes_the_valid_rows_only_as_submitted_applications()
    {
        var programme = await factory.CreateProgrammeAsync("pollem");
        var coordinator = factory.CreateClient(TestUser.Coordinator(programme));
        var file = ApplicationImportFiles.Csv(ApplicationImportFiles.Pollem(12, programme.ToString("N"), invalid: [3, 7]));

        var import = await coordinator.ImportAsync(programme, file);

        Assert.Equal("completed", import.GetProperty("status").GetString());
        Assert.Equal(12, import.GetProperty("processed").GetInt32());
        Assert.Equal(10, import.GetProperty("created").GetInt32());
        Assert.Equal(2, import.GetProperty("invalid").GetInt32());
        var invalid = await coordinator.GetFromJsonAsync<JsonElement>(
            $"/api/programmes/{programme}/applications/imports/{import.GetProperty("id")}?status=invalid");
        Assert.Equal([5, 9], invalid.GetProperty("rows").GetProperty("items").EnumerateArray().Select(r => r.GetProperty("row").GetInt32()));
        Assert.Contains(("email", "email"), Errors(invalid.GetProperty("rows").GetProperty("items")[0]));
        var submitted = await coordinator.GetFromJsonAsync<JsonElement>($"/api/programmes/{programme}/applications?status=submitted&pageSize=50");
        Assert.Equal(10, submitted.GetProperty("total").GetInt32());
        Assert.Equal(10, await coordinator.CountApplicationsAsync(programme));
        Assert.Equal(10, (await factory.PublishedAsync<ApplicationSubmitted>()).Count(e => e.ProgrammeId == programme));
    }

    [Fact]
    public async Task Importing_the_same_file_twice_creates_nothing_the_second_time()
    {
        var programme = await factory.CreateProgrammeAsync("pollem");
        var coordinator = factory.CreateClient(TestUser.Coordinator(programme));
        var file = ApplicationImportFiles.Csv(ApplicationImportFiles.Pollem(8, programme.ToString("N")));

        var first = await coordinator.ImportAsync(programme, file);
        var preview = await coordinator.PreviewAsync(programme, file);
        var second = await coordinator.ImportAsync(programme, file);

        Assert.Equal(8, first.GetProperty("created").GetInt32());
        Assert.Equal(8, preview.GetProperty("duplicate").GetInt32());
        Assert.Equal(0, second.GetProperty("created").GetInt32());
        Assert.Equal(8, second.GetProperty("duplicate").GetInt32());
        Assert.Equal(8, await coordinator.CountApplicationsAsync(programme));
    }

    [Fact]
    public async Task The_same_file_sent_twice_at_once_creates_each_application_once()
    {
        var programme = await factory.CreateProgrammeAsync("pollem");
        var coordinator = factory.CreateClient(TestUser.Coordinator(programme));
        var file = ApplicationImportFiles.Csv(ApplicationImportFiles.Pollem(600, programme.ToString("N")));

        var imports = await Task.WhenAll(coordinator.ImportAsync(programme, file), coordinator.ImportAsync(programme, file));

        Assert.All(imports, import => Assert.Equal("completed", import.GetProperty("status").GetString()));
        Assert.Equal(600, imports.Sum(import => import.GetProperty("created").GetInt32()));
        Assert.Equal(600, imports.Sum(import => import.GetProperty("duplicate").GetInt32()));
        Assert.Equal(600, await coordinator.CountApplicationsAsync(programme));
    }

    [Fact]
    public async Task A_row_repeated_in_the_file_or_already_applied_for_is_a_duplicate()
    {
        var programme = await factory.CreateProgrammeAsync("pollem");
        var coordinator = factory.CreateClient(TestUser.Coordinator(programme));
        var email = $"amina.{programme:N}@example.org";
        await coordinator.SubmitAsync(programme, new
        {
            role = "mentee",
            personId = Guid.NewGuid(),
            person = new { firstName = "Amina", lastName = "Benali", email = email.ToUpperInvariant(), language = "fr" },
            profile = new { languages = new[] { "fr" } },
            answers = new { firstYearBachelor = true },
        });
        var file = ApplicationImportFiles.Csv(
            Header,
            $"mentee,Amina,Benali,{email},2007-03-02,fr,fr,,true,",
            $"mentor,Luc,Martin,luc.{programme:N}@example.org,1975-11-20,fr,fr,6,,true",
            $"mentor,Luc,Martin,LUC.{programme:N}@example.org,1975-11-20,fr,fr,6,,true");

        var preview = await coordinator.PreviewAsync(programme, file);

        var rows = preview.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("row").GetInt32());
        Assert.Equal("duplicate", rows[2].GetProperty("status").GetString());
        Assert.Equal("valid", rows[3].GetProperty("status").GetString());
        Assert.Equal("duplicate", rows[4].GetProperty("status").GetString());
        Assert.Contains(("email", "unique"), Errors(rows[4]));
    }

    [Fact]
    public async Task An_xlsx_file_imports_like_a_csv()
    {
        var programme = await factory.CreateProgrammeAsync("pollem");
        var coordinator = factory.CreateClient(TestUser.Coordinator(programme));
        var file = ApplicationImportFiles.Xlsx(ApplicationImportFiles.Pollem(6, programme.ToString("N"), invalid: [0]));

        var import = await coordinator.ImportAsync(programme, file, "cohort.xlsx", XlsxType);

        Assert.Equal("xlsx", import.GetProperty("format").GetString());
        Assert.Equal(5, import.GetProperty("created").GetInt32());
        Assert.Equal(1, import.GetProperty("invalid").GetInt32());
        Assert.Equal(5, await coordinator.CountApplicationsAsync(programme));
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task The_template_of_a_programme_previews_as_two_valid_rows(string format)
    {
        var programme = await factory.CreateProgrammeAsync("mentoryou");
        var coordinator = factory.CreateClient(TestUser.Coordinator(programme));

        var template = await coordinator.GetByteArrayAsync($"/api/programmes/{programme}/applications/import/template?format={format}");
        var response = await coordinator.UploadAsync(programme, template, "preview", $"template.{format}", format == "csv" ? CsvType : XlsxType);

        var preview = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, preview.GetProperty("valid").GetInt32());
        Assert.All(preview.GetProperty("rows").EnumerateArray(), row => Assert.True(row.GetProperty("eligible").GetBoolean()));
    }

    [Fact]
    public async Task Only_the_programme_staff_import()
    {
        var programme = await factory.CreateProgrammeAsync("pollem");
        var file = ApplicationImportFiles.Csv(ApplicationImportFiles.Pollem(2, programme.ToString("N")));

        var byMentee = await factory.CreateClient(TestUser.Mentee()).UploadAsync(programme, file);
        var byOtherCoordinator = await factory.CreateClient(TestUser.Coordinator(Guid.NewGuid())).UploadAsync(programme, file, "preview");
        var byReferent = await factory.CreateClient(TestUser.Referent(programme)).UploadAsync(programme, file);

        Assert.Equal(HttpStatusCode.Forbidden, byMentee.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byOtherCoordinator.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byReferent.StatusCode);
        Assert.Equal(0, await factory.CreateClient(TestUser.Coordinator(programme)).CountApplicationsAsync(programme));
    }

    [Fact]
    public async Task A_file_that_is_not_an_application_file_is_refused_with_a_problem()
    {
        var programme = await factory.CreateProgrammeAsync("pollem");
        var coordinator = factory.CreateClient(TestUser.Coordinator(programme));

        var json = await coordinator.PostAsJsonAsync($"/api/programmes/{programme}/applications/import", new { rows = 1 });
        var text = await coordinator.UploadAsync(programme, "hello"u8.ToArray(), fileName: "notes.txt", contentType: "text/plain");
        var empty = await coordinator.UploadAsync(programme, []);
        var headerOnly = await coordinator.UploadAsync(programme, ApplicationImportFiles.Csv(Header));
        var noHeader = await coordinator.UploadAsync(programme, ApplicationImportFiles.Csv("mentee,Amina,Benali,a@example.org"));
        var notXlsx = await coordinator.UploadAsync(programme, "PK not a zip"u8.ToArray(), fileName: "cohort.xlsx", contentType: XlsxType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
        foreach (var refused in new[] { empty, headerOnly, noHeader, notXlsx })
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("file", out _));
        }

        Assert.Contains("lacks the column(s): role", await noHeader.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_thousand_row_import_completes_with_every_row_accounted_for()
    {
        var programme = await factory.CreateProgrammeAsync("pollem");
        var coordinator = factory.CreateClient(TestUser.Coordinator(programme));
        var file = ApplicationImportFiles.Csv(ApplicationImportFiles.Pollem(1000, programme.ToString("N"), invalid: [0, 499, 500, 999]));

        var import = await coordinator.ImportAsync(programme, file);

        Assert.Equal("completed", import.GetProperty("status").GetString());
        Assert.Equal(1000, import.GetProperty("total").GetInt32());
        Assert.Equal(1000, import.GetProperty("processed").GetInt32());
        Assert.Equal(996, import.GetProperty("created").GetInt32());
        Assert.Equal(4, import.GetProperty("invalid").GetInt32());
        Assert.Equal(1000, import.GetProperty("rows").GetProperty("total").GetInt32());
        Assert.Equal(996, await coordinator.CountApplicationsAsync(programme));
    }

    [Fact]
    public async Task The_openapi_document_describes_the_import_routes()
    {
        var document = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Superset(
            new HashSet<string>
            {
                "/api/programmes/{programmeId}/applications/import",
                "/api/programmes/{programmeId}/applications/import/template",
                "/api/programmes/{programmeId}/applications/imports/{importId}",
            },
            paths);
    }

    private static List<(string Column, string Rule)> Errors(JsonElement row) =>
        row.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("column").GetString()!, e.GetProperty("rule").GetString()!))
            .ToList();
}
