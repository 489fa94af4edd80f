using System.Globalization;
using PdfSharp.Drawing;

namespace Mentorship.Evaluation.ReportFiles;

/// <summary>
/// A horizontal bar chart drawn with XGraphics: labels on the left, bars from the zero line (negative
/// effects go left), the 95 % confidence interval as a whisker with end ticks, and each value printed.
/// </summary>
public static class PdfBarChart
{
    private const double BarHeight = 11;
    private const double Gap = 5;
    private const double TitleHeight = 18;
    private const double AxisHeight = 14;
    private const double ValueRoom = 44;

    private static readonly XBrush Bar = new XSolidBrush(XColor.FromArgb(70, 110, 170));
    private static readonly XPen Whisker = new(XColor.FromArgb(30, 30, 30), 1);
    private static readonly XPen Axis = new(XColor.FromArgb(120, 120, 120), 0.75);

    public static void Draw(PdfCanvas canvas, ReportChart chart)
    {
        var height = TitleHeight + (chart.Bars.Count * (BarHeight + Gap)) + AxisHeight;
        canvas.Reserve(height);
        var g = canvas.Graphics;
        g.DrawString(chart.Title, ReportFonts.Heading, XBrushes.Black, new XPoint(canvas.Left, canvas.Y), XStringFormats.TopLeft);
        var top = canvas.Y + TitleHeight;

        var labelWidth = Math.Min(canvas.Width * 0.35, chart.Bars.Select(b => g.MeasureString(b.Label, ReportFonts.Text).Width).DefaultIfEmpty(0).Max() + 8);
        var plotLeft = canvas.Left + labelWidth;
        var plotWidth = canvas.Width - labelWidth - ValueRoom;
        var values = chart.Bars.SelectMany(b => new[] { b.Value, b.Low, b.High }).OfType<double>().Append(0).ToList();
        var (min, max) = (values.Min(), values.Max());
        if (max - min < 1e-9)
            max = min + 1;
        double X(double value) => plotLeft + ((value - min) / (max - min) * plotWidth);

        for (var i = 0; i < chart.Bars.Count; i++)
        {
            var bar = chart.Bars[i];
            var y = top + (i * (BarHeight + Gap));
            g.DrawString(Fit(g, bar.Label, labelWidth - 8), ReportFonts.Text, XBrushes.Black, new XRect(canvas.Left, y, labelWidth - 8, BarHeight), XStringFormats.CenterRight);
            if (bar.Value is not { } value)
            {
                g.DrawString("–", ReportFonts.Text, XBrushes.DimGray, new XPoint(X(0) + 3, y + (BarHeight / 2)), XStringFormats.CenterLeft);
                continue;
            }

            g.DrawRectangle(Bar, Math.Min(X(0), X(value)), y, Math.Abs(X(value) - X(0)), BarHeight);
            var end = X(value);
            if (bar.Low is { } low && bar.High is { } high)
            {
                var middle = y + (BarHeight / 2);
                g.DrawLine(Whisker, X(low), middle, X(high), middle);
                g.DrawLine(Whisker, X(low), y + 2, X(low), y + BarHeight - 2);
                g.DrawLine(Whisker, X(high), y + 2, X(high), y + BarHeight - 2);
                end = Math.Max(end, X(high));
            }

            g.DrawString(PdfReportWriter.Format(value), ReportFonts.Text, XBrushes.Black,
                new XPoint(Math.Max(end, X(0)) + 3, y + (BarHeight / 2)), XStringFormats.CenterLeft);
        }

        var bottom = top + (chart.Bars.Count * (BarHeight + Gap));
        g.DrawLine(Axis, X(0), top - 2, X(0), bottom);
        g.DrawLine(Axis, plotLeft, bottom, plotLeft + plotWidth, bottom);
        foreach (var tick in new[] { min, 0, max }.Distinct())
        {
            g.DrawString(tick.ToString("0.##", CultureInfo.InvariantCulture), ReportFonts.Text, XBrushes.DimGray,
                new XPoint(X(tick), bottom + 2), XStringFormats.TopCenter);
        }

        canvas.Y += height + 12;
    }

    /// <summary>The label, cut with an ellipsis where it would run into the bars.</summary>
    private static string Fit(XGraphics g, string label, double width)
    {
        if (g.MeasureString(label, ReportFonts.Text).Width <= width)
            return label;
        var cut = label;
        while (cut.Length > 1 && g.MeasureString(cut + "…", ReportFonts.Text).Width > width)
            cut = cut[..^1];
        return cut + "…";
    }
}
