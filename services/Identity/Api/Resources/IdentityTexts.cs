using Mentorship.ServiceDefaults.Texts;

namespace Mentorship.Identity.Resources;

/// <summary>The sign-in pages' words and what a refused field must hold, in French, Dutch and English (Texts*.resx beside this file).</summary>
public static class IdentityTexts
{
    public static readonly ResourceTexts All = ResourceTexts.Beside(typeof(IdentityTexts));
}
