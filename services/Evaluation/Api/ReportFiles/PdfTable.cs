using PdfSharp.Drawing;

namespace Mentorship.Evaluation.ReportFiles;

/// <summary>
/// A report's table in the PDF: header words wrapped in their column, rows ruled, figures right-aligned;
/// columns beyond the page width go to a further block that repeats the first column, and rows beyond the
/// page to the next page under the header again.
/// </summary>
public static class PdfTable
{
    private const double Padding = 4;
    private const double RowHeight = 13;
    private const double LineHeight = 10;
    private static readonly XPen Rule = new(XColor.FromArgb(200, 200, 200), 0.5);

    /// <summary>The width the table takes with every column side by side, measured in the report's fonts.</summary>
    public static double NaturalWidth(IReadOnlyList<string> columns, IReadOnlyList<List<string>> rows) =>
        Widths(XGraphics.CreateMeasureContext(new XSize(842, 595), XGraphicsUnit.Point, XPageDirection.Downwards), columns, rows).Sum();

    public static void Draw(PdfCanvas canvas, IReadOnlyList<string> columns, IReadOnlyList<List<string>> rows)
    {
        var widths = Widths(canvas.Graphics, columns, rows);
        foreach (var block in Blocks(widths, canvas.Width))
        {
            DrawBlock(canvas, block, columns, rows, widths);
            canvas.Y += 12;
        }
    }

    private static void DrawBlock(PdfCanvas canvas, List<int> block, IReadOnlyList<string> columns, IReadOnlyList<List<string>> rows, double[] widths)
    {
        var headers = block.Select(c => Wrap(canvas.Graphics, columns[c], widths[c])).ToList();
        var headerHeight = (headers.Max(h => h.Count) * LineHeight) + 4;
        DrawHeader(canvas, block, headers, widths, headerHeight);
        foreach (var row in rows)
        {
            if (canvas.Reserve(RowHeight))
                DrawHeader(canvas, block, headers, widths, headerHeight);
            var x = canvas.Left;
            foreach (var c in block)
            {
                var text = c < row.Count ? row[c] : "";
                var format = c == 0 ? XStringFormats.CenterLeft : XStringFormats.CenterRight;
                canvas.Graphics.DrawString(text, ReportFonts.Text, XBrushes.Black, new XRect(x + Padding, canvas.Y, widths[c] - (2 * Padding), RowHeight), format);
                x += widths[c];
            }

            canvas.Y += RowHeight;
            canvas.Graphics.DrawLine(Rule, canvas.Left, canvas.Y, x, canvas.Y);
        }
    }

    private static void DrawHeader(PdfCanvas canvas, List<int> block, List<List<string>> headers, double[] widths, double height)
    {
        canvas.Reserve(height + RowHeight);
        var x = canvas.Left;
        for (var i = 0; i < block.Count; i++)
        {
            for (var line = 0; line < headers[i].Count; line++)
            {
                canvas.Graphics.DrawString(headers[i][line], ReportFonts.TextBold, XBrushes.Black,
                    new XPoint(x + Padding, canvas.Y + (line * LineHeight)), XStringFormats.TopLeft);
            }

            x += widths[block[i]];
        }

        canvas.Y += height;
        canvas.Graphics.DrawLine(XPens.Black, canvas.Left, canvas.Y, x, canvas.Y);
    }

    /// <summary>Each column as wide as its widest cell or its longest header word (headers wrap, cells do not).</summary>
    private static double[] Widths(XGraphics measure, IReadOnlyList<string> columns, IReadOnlyList<List<string>> rows) =>
        columns.Select((header, c) =>
        {
            var words = Words(header).Select(w => measure.MeasureString(w, ReportFonts.TextBold).Width);
            var cells = rows.Select(r => c < r.Count ? measure.MeasureString(r[c], ReportFonts.Text).Width : 0);
            return words.Concat(cells).DefaultIfEmpty(0).Max() + (2 * Padding);
        }).ToArray();

    /// <summary>Consecutive columns that fit the width; every block after the first starts with column 0 again.</summary>
    private static IEnumerable<List<int>> Blocks(double[] widths, double available)
    {
        var block = new List<int> { 0 };
        var used = widths.Length == 0 ? 0 : widths[0];
        for (var c = 1; c < widths.Length; c++)
        {
            if (used + widths[c] > available && block.Count > 1)
            {
                yield return block;
                block = [0];
                used = widths[0];
            }

            block.Add(c);
            used += widths[c];
        }

        if (widths.Length > 0)
            yield return block;
    }

    private static List<string> Wrap(XGraphics measure, string header, double width)
    {
        var lines = new List<string>();
        foreach (var word in Words(header))
        {
            if (lines.Count > 0 && measure.MeasureString(lines[^1] + word, ReportFonts.TextBold).Width <= width - (2 * Padding))
                lines[^1] += word;
            else
                lines.Add(word.TrimStart());
        }

        return lines;
    }

    /// <summary>"career-clarity ci95 low" as "career-", "clarity", " ci95", " low": a line may break after a hyphen or before a space.</summary>
    private static IEnumerable<string> Words(string header)
    {
        var start = 0;
        for (var i = 0; i < header.Length; i++)
        {
            if (header[i] == '-' || (header[i] == ' ' && i > start))
            {
                var end = header[i] == '-' ? i + 1 : i;
                yield return header[start..end];
                start = end;
            }
        }

        if (start < header.Length)
            yield return header[start..];
    }
}
