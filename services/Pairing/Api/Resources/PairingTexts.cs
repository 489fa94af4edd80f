using Mentorship.ServiceDefaults.Texts;

namespace Mentorship.Pairing.Resources;

/// <summary>Pairing's words for the people it answers (what a refused field must hold) in fr, nl and en: Texts.*.resx.</summary>
public static class PairingTexts
{
    public static readonly ResourceTexts All = ResourceTexts.Beside(typeof(PairingTexts));
}
