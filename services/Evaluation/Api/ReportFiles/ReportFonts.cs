using PdfSharp.Drawing;
using PdfSharp.Fonts;

namespace Mentorship.Evaluation.ReportFiles;

/// <summary>The fonts of report PDFs.</summary>
public static class ReportFonts
{
    static ReportFonts()
    {
        // PDFsharp wants its resolver once per process, before any font is made.
        GlobalFontSettings.FontResolver ??= new ReportFontResolver();
        Title = new XFont(ReportFontResolver.Family, 16, XFontStyleEx.Bold);
        Heading = new XFont(ReportFontResolver.Family, 10, XFontStyleEx.Bold);
        Text = new XFont(ReportFontResolver.Family, 8, XFontStyleEx.Regular);
        TextBold = new XFont(ReportFontResolver.Family, 8, XFontStyleEx.Bold);
    }

    public static XFont Title { get; }

    public static XFont Heading { get; }

    public static XFont Text { get; }

    public static XFont TextBold { get; }
}
