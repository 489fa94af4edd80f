namespace Mentorship.Web.Portal;

/// <summary>
/// Each template's look in its portal: a colour that keeps white text at 4.5:1 or more (WCAG AA), a
/// white line logo drawn for it (wwwroot/logos), and the resource keys of its name and welcome text.
/// </summary>
public sealed record ProgrammeBranding(string TemplateId, string Colour)
{
    private static readonly IReadOnlyList<ProgrammeBranding> All =
    [
        new("team-mentorship", "#1d4e89"),
        new("cjsm", "#6a1b9a"),
        new("mentoryou", "#a4261c"),
        new("pollem", "#1b5e20"),
        new("dialogue", "#005f73"),
    ];

    public static readonly ProgrammeBranding Platform = new("platform", "#2b3a55");

    public string WelcomeKey => $"Welcome_{TemplateId}";

    public string NameKey => $"TemplateName_{TemplateId}";

    public string Logo => $"logos/{TemplateId}.svg";

    public static ProgrammeBranding For(string templateId) => Find(templateId) ?? Platform;

    /// <summary>The template's look, or null for a template the platform does not have.</summary>
    public static ProgrammeBranding? Find(string templateId) => All.FirstOrDefault(b => b.TemplateId == templateId);
}
