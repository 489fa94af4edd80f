using Mentorship.Evaluation.ReportFiles;

namespace Mentorship.Evaluation.Tests.Domain;

public sealed class ReportFontResolverTests
{
    /// <summary>The container image has no /usr/share/fonts: the PDFs must find their font beside the app.</summary>
    [Fact]
    public void The_fonts_ship_in_the_apps_own_folder_and_are_read_from_there_first()
    {
        var resolver = new ReportFontResolver();
        var shipped = Path.Combine(AppContext.BaseDirectory, "fonts");

        foreach (var (file, bold) in new[] { ("DejaVuSans.ttf", false), ("DejaVuSans-Bold.ttf", true) })
        {
            var face = resolver.ResolveTypeface(ReportFontResolver.Family, bold, italic: false).FaceName;
            Assert.Equal(File.ReadAllBytes(Path.Combine(shipped, file)), resolver.GetFont(face));
        }
    }
}
