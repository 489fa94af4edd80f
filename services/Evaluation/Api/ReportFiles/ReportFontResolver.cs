using PdfSharp.Fonts;

namespace Mentorship.Evaluation.ReportFiles;

/// <summary>
/// PDFsharp 6 finds no fonts by itself on Linux: every family resolves to DejaVu Sans, read from the
/// app's own fonts/ folder (copied there at build time, so the font-less container image has it) or else
/// from /usr/share/fonts (Debian's fonts-dejavu-core, or Liberation Sans), and embedded in each PDF.
/// </summary>
public sealed class ReportFontResolver : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private const string Regular = "report-regular";
    private const string Bold = "report-bold";

    private static readonly string[] RegularFiles =
    [
        Path.Combine(AppContext.BaseDirectory, "fonts", "DejaVuSans.ttf"),
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
        "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    ];

    private static readonly string[] BoldFiles =
    [
        Path.Combine(AppContext.BaseDirectory, "fonts", "DejaVuSans-Bold.ttf"),
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
        "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
    ];

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) => new(bold ? Bold : Regular);

    public byte[] GetFont(string faceName)
    {
        var candidates = faceName == Bold ? BoldFiles : RegularFiles;
        var file = candidates.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException(
                $"No font for report PDFs: install fonts-dejavu-core (deploy/local/install-prerequisites.sh) so that one of {string.Join(", ", candidates)} exists.");
        return File.ReadAllBytes(file);
    }
}
