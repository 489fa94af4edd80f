using Mentorship.ServiceDefaults.Texts;

namespace Mentorship.Matching.Resources;

/// <summary>Matching's answers to refused requests (what a field must hold) in fr, nl and en: Texts.*.resx.</summary>
public static class MatchingTexts
{
    public static readonly ResourceTexts All = ResourceTexts.Beside(typeof(MatchingTexts));
}
