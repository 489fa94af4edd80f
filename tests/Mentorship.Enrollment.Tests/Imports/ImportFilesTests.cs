using System.IO.Compression;
using System.Text;
using Mentorship.Enrollment.Domain.Imports;
using Mentorship.Enrollment.Imports;
using Mentorship.ServiceDefaults.Backend.Export;
using Mentorship.Testing;

namespace Mentorship.Enrollment.Tests.Imports;

public sealed class ImportFilesTests
{
    private const string Header = "role,firstName,lastName,email,language,languages";

    public static TheoryData<string, byte[], ImportFormat> Unreadable => new()
    {
        { "random bytes as CSV", [0xFF, 0xFE, 0x00, 0xD8, 0x00, 0x01, 0x02, 0x9C, 0x80], ImportFormat.Csv },
        { "an unclosed quote", Encoding.UTF8.GetBytes(Header + "\r\nmentee,\"Amina,Benali,a@example.org,fr,fr\r\n"), ImportFormat.Csv },
        { "random bytes as XLSX", [0x50, 0x4B, 0x03, 0x04, 0x01, 0x02, 0x03], ImportFormat.Xlsx },
        { "a zip that is no workbook", Zip(), ImportFormat.Xlsx },
        { "a workbook with a header only", XlsxTableWriter.Write(new ExportTable("a", Header.Split(','), [])), ImportFormat.Xlsx },
        { "a CSV of blank lines", Encoding.UTF8.GetBytes("\r\n\r\n"), ImportFormat.Csv },
    };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public void A_file_that_cannot_be_imported_is_refused_with_a_reason(string file, byte[] content, ImportFormat format)
    {
        var refused = Assert.Throws<ImportFileException>(() => ImportFiles.Read(content, format));

        Assert.False(string.IsNullOrWhiteSpace(refused.Message), file);
    }

    [Fact]
    public void Missing_columns_are_named_as_the_template_spells_them()
    {
        var content = Encoding.UTF8.GetBytes("role,email,language\r\nmentee,a@example.org,fr\r\n");

        var refused = Assert.Throws<ImportFileException>(() => ImportFiles.Read(content, ImportFormat.Csv));

        Assert.Contains("lacks the column(s): firstName, lastName, languages.", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_semicolon_separated_csv_with_headers_in_any_case_reads_like_the_template()
    {
        var content = Encoding.UTF8.GetBytes("ROLE;FirstName;lastname;Email;language;languages\r\nmentee;Amina;Benali;a@example.org;fr;fr|ar\r\n");

        var sheet = ImportFiles.Read(content, ImportFormat.Csv);

        var row = Assert.Single(sheet.Rows);
        Assert.Equal(2, row.Number);
        Assert.Equal(["mentee", "Amina", "Benali", "a@example.org", "fr", "fr|ar"], row.Cells);
    }

    [Fact]
    public void Csv_and_xlsx_of_the_same_table_read_the_same()
    {
        var table = ApplicationImportFiles.Pollem(7, "same");

        var csv = ImportFiles.Read(ApplicationImportFiles.Csv(table), ImportFormat.Csv);
        var xlsx = ImportFiles.Read(ApplicationImportFiles.Xlsx(table), ImportFormat.Xlsx);

        Assert.Equal(csv.Columns, xlsx.Columns);
        Assert.Equal(csv.Rows.Select(r => (r.Number, string.Join('\u001f', r.Cells))), xlsx.Rows.Select(r => (r.Number, string.Join('\u001f', r.Cells))));
    }

    [Theory]
    [InlineData("cohort.CSV", null, ImportFormat.Csv)]
    [InlineData("cohort.xlsx", "application/octet-stream", ImportFormat.Xlsx)]
    [InlineData(null, "text/csv; charset=utf-8", ImportFormat.Csv)]
    [InlineData("cohort.txt", "text/csv", null)]
    [InlineData("cohort.xls", null, null)]
    public void The_format_is_told_by_the_extension_then_the_content_type(string? fileName, string? contentType, ImportFormat? expected) =>
        Assert.Equal(expected, ImportFiles.Detect(fileName, contentType));

    private static byte[] Zip()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        using (var entry = new StreamWriter(zip.CreateEntry("readme.txt").Open()))
            entry.Write("not a workbook");
        return stream.ToArray();
    }
}
