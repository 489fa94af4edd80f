using System.Text;
using Mentorship.ServiceDefaults.Backend.Export;

namespace Mentorship.ServiceDefaults.Tests.Backend.Export;

public sealed class CsvTableWriterTests
{
    [Fact]
    public void Writes_a_header_and_rows_with_invariant_formats()
    {
        var table = new ExportTable("pairs", ["pair", "meetings", "score", "active", "since"],
        [
            ["a", 3, 1.5, true, new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.FromHours(1))],
            ["b", null, null, false, new DateOnly(2026, 5, 6)],
        ]);

        var text = Encoding.UTF8.GetString(CsvTableWriter.Write(table)).TrimStart('\uFEFF');

        Assert.Equal(
            "pair,meetings,score,active,since\r\na,3,1.5,true,2026-01-02T02:04:05Z\r\nb,,,false,2026-05-06\r\n",
            text);
    }

    [Fact]
    public void Starts_with_a_byte_order_mark_so_spreadsheets_read_accents()
    {
        var bytes = CsvTableWriter.Write(new ExportTable("t", ["prénom"], [["Zoë"]]));

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Contains("Zoë", Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void Quotes_separators_and_escapes_text_that_would_run_as_a_formula()
    {
        var text = Encoding.UTF8.GetString(CsvTableWriter.Write(new ExportTable("t", ["note"], [["a, b"], ["=HYPERLINK(\"x\")"], ["-2+3"]])));

        Assert.Contains("\"a, b\"", text);
        Assert.Contains("\r\n\"'=HYPERLINK(\"\"x\"\")\"\r\n", text);
        Assert.Contains("\r\n'-2+3\r\n", text);
    }

    [Fact]
    public void Negative_numbers_stay_numbers()
    {
        var text = Encoding.UTF8.GetString(CsvTableWriter.Write(new ExportTable("t", ["effect", "mean"], [[-3, -0.5]]))).TrimStart('\uFEFF');

        Assert.Equal("effect,mean\r\n-3,-0.5\r\n", text);
    }
}
