using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Mentorship.Evaluation.ReportFiles;

/// <summary>
/// The pages of one report PDF and a cursor down them: a block that does not fit in what is left of the
/// page starts a new one. Every page has the same size and margins.
/// </summary>
public sealed class PdfCanvas : IDisposable
{
    public const double Margin = 40;

    private readonly PdfDocument _document;
    private readonly bool _landscape;

    public PdfCanvas(PdfDocument document, bool landscape)
    {
        _document = document;
        _landscape = landscape;
        Graphics = NewPage();
    }

    public XGraphics Graphics { get; private set; }

    public double Y { get; set; } = Margin;

    /// <summary>A4: 595 by 842 points.</summary>
    public double PageWidth => _landscape ? 842 : 595;

    public double PageHeight => _landscape ? 595 : 842;

    public double Width => PageWidth - (2 * Margin);

    public double Left => Margin;

    /// <summary>Makes room for a block of this height, on a new page if need be; true when a page was started.</summary>
    public bool Reserve(double height)
    {
        if (Y + height <= PageHeight - Margin || Y <= Margin)
            return false;
        Graphics.Dispose();
        Graphics = NewPage();
        Y = Margin;
        return true;
    }

    public void Dispose() => Graphics.Dispose();

    private XGraphics NewPage()
    {
        var page = _document.AddPage();
        page.Width = XUnit.FromPoint(PageWidth);
        page.Height = XUnit.FromPoint(PageHeight);
        return XGraphics.FromPdfPage(page);
    }
}
