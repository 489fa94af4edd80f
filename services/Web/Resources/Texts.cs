namespace Mentorship.Web.Resources;

/// <summary>The front end's words: Texts.resx (English), Texts.fr.resx, Texts.nl.resx, read through IStringLocalizer&lt;Texts&gt;.</summary>
public sealed class Texts;
