using Mentorship.Evaluation.Resources;

namespace Mentorship.Evaluation.Domain.Templates;

/// <summary>
/// A title, question or option label by its key in the texts (Resources/Texts.*.resx). Part, when
/// given, is the key of the text that fills the "{0}" of the first ("effect.question" with
/// "dimension.well-being"), so each language phrases the whole sentence its own way.
/// </summary>
public sealed record LocalizedText(string Key, string? Part = null)
{
    public string In(string language) => Part is null
        ? EvaluationTexts.All.Get(Key, language)
        : EvaluationTexts.All.Format(Key, language, EvaluationTexts.All.Get(Part, language));
}
