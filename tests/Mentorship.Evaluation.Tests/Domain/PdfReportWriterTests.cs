using Mentorship.Evaluation.ReportFiles;
using Mentorship.ServiceDefaults.Backend.Export;
using PdfSharp.Pdf.IO;

namespace Mentorship.Evaluation.Tests.Domain;

public sealed class PdfReportWriterTests
{
    private static readonly DateTimeOffset Date = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_report_with_negative_effects_and_their_intervals_makes_a_pdf_that_opens_with_its_title()
    {
        var table = new ExportTable("effects", ["dimension", "n", "mean"], [["well-being", 5, -0.4], ["self-confidence", 0, null]]);
        var chart = new ReportChart("Mean effect", [ChartBar.WithInterval("well-being", -0.4, [-1.2, 0.4]), new ChartBar("self-confidence", null)]);

        var bytes = PdfReportWriter.Write(new ReportDocument("Effects", "T'M ULiège 2026 (ULiège)", Date, table, [chart], "effects"));

        Assert.Equal("%PDF"u8.ToArray(), bytes[..4]);
        using var document = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        Assert.Equal(1, document.PageCount);
        Assert.Equal("Effects", document.Info.Title);
        Assert.Equal("T'M ULiège 2026 (ULiège)", document.Info.Subject);
        Assert.True(document.Pages[0].Height.Point > document.Pages[0].Width.Point);
    }

    [Fact]
    public void A_table_wider_than_a_portrait_page_turns_the_pages_and_many_rows_run_onto_further_pages()
    {
        var columns = Enumerable.Range(1, 30).Select(c => $"professional-network ci95 low {c}").ToList();
        var rows = Enumerable.Range(1, 120).Select(r => (IReadOnlyList<object?>)columns.Select(_ => (object?)(r / 7.0)).ToList()).ToList();

        var bytes = PdfReportWriter.Write(new ReportDocument("Roll-up", "All", Date, new ExportTable("rollup", columns, rows), [], "rollup"));

        using var document = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        Assert.True(document.PageCount > 2, $"{document.PageCount} pages");
        Assert.True(document.Pages[0].Width.Point > document.Pages[0].Height.Point);
    }

    [Theory]
    [InlineData("effects", "ULB T'M 2026", "effects-ulb-t-m-2026-2026-12-01")]
    [InlineData("rollup", "team-mentorship", "rollup-team-mentorship-2026-12-01")]
    [InlineData("outcomes", "Université Saint-Louis – Bruxelles", "outcomes-universite-saint-louis-bruxelles-2026-12-01")]
    [InlineData("benefits", "«»", "benefits-2026-12-01")]
    public void File_names_are_ascii_slugs_with_the_date(string report, string subject, string expected) =>
        Assert.Equal(expected, ReportDownload.FileName(report, subject, Date));
}
