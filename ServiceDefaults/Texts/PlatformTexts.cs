namespace Mentorship.ServiceDefaults.Texts;

/// <summary>The words every service answers with alike (not found, forbidden, no body) in fr, nl and en: Texts.*.resx beside this file.</summary>
public static class PlatformTexts
{
    public static readonly ResourceTexts All = ResourceTexts.Beside(typeof(PlatformTexts));

    /// <summary>A resource's name ("pair thread") in the UI language; a name without a translation reads as given.</summary>
    public static string ResourceName(string resource)
    {
        var key = "resource." + resource.Replace(' ', '-');
        var name = All.InUiLanguage(key);
        return name == key ? resource : name;
    }
}
