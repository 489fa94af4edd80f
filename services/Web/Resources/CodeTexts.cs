namespace Mentorship.Web.Resources;

/// <summary>
/// The profile codes the front end can name: CodeTexts.resx (English), CodeTexts.fr.resx, CodeTexts.nl.resx,
/// keyed "{list}_{code}" ("sector_logistics"), read through <see cref="CodeLabels"/>. The English file is the vocabulary.
/// </summary>
public sealed class CodeTexts;
