using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Mentorship.ServiceDefaults.Backend.Export;

namespace Mentorship.ServiceDefaults.Tests.Backend.Export;

public sealed class XlsxTableWriterTests
{
    [Fact]
    public void Writes_one_sheet_with_the_header_and_typed_cells()
    {
        var bytes = XlsxTableWriter.Write(new ExportTable("Pairs: 2026/27", ["pair", "meetings"], [["a", 3], ["b", null]]));

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var sheet = Assert.Single(document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>());
        Assert.Equal("Pairs 202627", sheet.Name!.Value);
        var rows = document.WorkbookPart.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(["pair", "meetings"], rows[0].Elements<Cell>().Select(c => c.InnerText));
        var meetings = rows[1].Elements<Cell>().ElementAt(1);
        Assert.Equal(CellValues.Number, meetings.DataType!.Value);
        Assert.Equal("3", meetings.CellValue!.Text);
    }
}
