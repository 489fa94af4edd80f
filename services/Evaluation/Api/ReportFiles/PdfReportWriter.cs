using System.Globalization;
using Mentorship.ServiceDefaults.Backend.Export;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Mentorship.Evaluation.ReportFiles;

/// <summary>
/// A report as a PDF: title, whose report it is, the date, the table (columns that do not fit the page
/// width continue in a further block, the first column repeated), then each chart. Drawn with PDFsharp's
/// XGraphics: no chart library renders into PDFsharp, and bars with whiskers are a few lines.
/// </summary>
public static class PdfReportWriter
{
    /// <summary>Portrait A4's width between margins: a wider table turns the pages to landscape.</summary>
    private const double PortraitWidth = 595 - (2 * PdfCanvas.Margin);

    public static byte[] Write(ReportDocument report)
    {
        using var document = new PdfDocument();
        document.Info.Title = report.Title;
        document.Info.Subject = report.Subject;
        var cells = report.Table.Rows.Select(row => row.Select(Format).ToList()).ToList();
        using (var canvas = new PdfCanvas(document, PdfTable.NaturalWidth(report.Table.Columns, cells) > PortraitWidth))
        {
            canvas.Graphics.DrawString(report.Title, ReportFonts.Title, XBrushes.Black, new XPoint(canvas.Left, canvas.Y), XStringFormats.TopLeft);
            canvas.Y += 24;
            canvas.Graphics.DrawString(report.Subject, ReportFonts.Heading, XBrushes.Black, new XPoint(canvas.Left, canvas.Y), XStringFormats.TopLeft);
            canvas.Y += 16;
            canvas.Graphics.DrawString(
                report.Date.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
                ReportFonts.Text, XBrushes.DimGray, new XPoint(canvas.Left, canvas.Y), XStringFormats.TopLeft);
            canvas.Y += 22;

            PdfTable.Draw(canvas, report.Table.Columns, cells);
            foreach (var chart in report.Charts)
                PdfBarChart.Draw(canvas, chart);
        }

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    /// <summary>Figures to three decimals; an empty cell (not asked, or withheld) as a dash.</summary>
    public static string Format(object? cell) => cell switch
    {
        null => "–",
        double number => number.ToString("0.###", CultureInfo.InvariantCulture),
        bool flag => flag ? "yes" : "no",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? "",
    };
}
