using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace Mentorship.Evaluation.Tests.Integration;

/// <summary>A report download checked for its content type and file name, then read back: CSV lines, XLSX rows, the PDF opened by PDFsharp.</summary>
public static class ReportFileResponses
{
    public static async Task<List<string>> CsvLinesAsync(HttpResponseMessage response)
    {
        AssertFile(response, "text/csv", ".csv");
        return Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF')
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
    }

    public static async Task<List<Row>> XlsxRowsAsync(HttpResponseMessage response)
    {
        AssertFile(response, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), isEditable: false);
        return workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().Select(r => (Row)r.CloneNode(true)).ToList();
    }

    /// <summary>The PDF, which starts with %PDF and has at least one page; the caller disposes it.</summary>
    public static async Task<PdfDocument> PdfAsync(HttpResponseMessage response)
    {
        AssertFile(response, "application/pdf", ".pdf");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF"u8.ToArray(), bytes[..4]);
        var document = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        Assert.True(document.PageCount >= 1);
        return document;
    }

    public static string FileName(HttpResponseMessage response) => response.Content.Headers.ContentDisposition?.FileName?.Trim('"') ?? "";

    private static void AssertFile(HttpResponseMessage response, string mediaType, string extension)
    {
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(extension, FileName(response), StringComparison.Ordinal);
    }
}
