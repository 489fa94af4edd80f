using System.Collections;
using System.Globalization;
using System.Resources;

namespace Mentorship.ServiceDefaults.Texts;

/// <summary>
/// A service's participant-facing texts, one .resx per language (Texts.resx is English, Texts.fr.resx
/// and Texts.nl.resx the others), read by stable key. A key missing in a language reads as English,
/// then as the key itself, so a gap shows and never fails a request.
/// </summary>
public sealed class ResourceTexts(ResourceManager resources)
{
    /// <summary>The Texts.*.resx beside <paramref name="anchor"/>: same assembly, same namespace.</summary>
    public static ResourceTexts Beside(Type anchor) => new(new ResourceManager($"{anchor.Namespace}.Texts", anchor.Assembly));

    public string Get(string key, string language) =>
        resources.GetString(key, CultureInfo.GetCultureInfo(TextLanguages.Parse(language) ?? TextLanguages.Default)) ?? key;

    public string Format(string key, string language, params object?[] values) =>
        string.Format(CultureInfo.GetCultureInfo(TextLanguages.Parse(language) ?? TextLanguages.Default), Get(key, language), values);

    /// <summary>
    /// The text in the UI culture's language (the request's, else English). Without values the text is
    /// not formatted, so a brace it shows (a JSON example) needs no escaping.
    /// </summary>
    public string InUiLanguage(string key, params object?[] values) =>
        values.Length == 0 ? Get(key, TextLanguages.InUiCulture) : Format(key, TextLanguages.InUiCulture, values);

    /// <summary>The texts written for one language only (no fallback), to check that every language has every key.</summary>
    public IReadOnlyDictionary<string, string> WrittenIn(string language)
    {
        var culture = language == TextLanguages.Default ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(language);
        var set = resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        return set is null
            ? new Dictionary<string, string>()
            : set.Cast<DictionaryEntry>().ToDictionary(entry => (string)entry.Key, entry => entry.Value as string ?? "");
    }
}
