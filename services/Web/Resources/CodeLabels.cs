using System.Collections;
using System.Collections.Frozen;
using System.Globalization;
using System.Resources;
using System.Text;
using Mentorship.Web.Session;

namespace Mentorship.Web.Resources;

/// <summary>
/// Profile codes named in the page's language, and what a person types read back as codes. The services
/// take any kebab-case code; knowing the common ones lets people read a profile in their language and
/// steers applicants to the codes others use, which is what matching compares.
/// </summary>
public static class CodeLabels
{
    public const string Sector = "sector";
    public const string JobFunction = "function";
    public const string Expectation = "expectation";
    public const string Language = "language";
    public const string Region = "region";

    /// <summary>The values an eligibility question offers to choose from (a template's list).</summary>
    public const string Answer = "answer";

    /// <summary>Lists with no vocabulary yet: their codes are shown in <see cref="Readable"/> form.</summary>
    public const string Background = "background";
    public const string Hobby = "hobby";

    private static readonly ResourceManager Texts = new(typeof(CodeTexts));

    private static readonly Lazy<FrozenDictionary<string, string[]>> Vocabulary = new(() =>
        Texts.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>()
            .Select(entry => ((string)entry.Key).Split('_', 2))
            .GroupBy(key => key[0], key => key[1])
            .ToFrozenDictionary(list => list.Key, list => list.Order(StringComparer.Ordinal).ToArray()));

    /// <summary>Each list's codes by any of their names, in every language the front end speaks, in <see cref="Kebab"/> form.</summary>
    private static readonly Lazy<FrozenDictionary<(string List, string Name), string>> ByName = new(() =>
    {
        var names = new Dictionary<(string, string), string>();
        foreach (var (list, codes) in Vocabulary.Value)
        {
            foreach (var code in codes)
            {
                names.TryAdd((list, Kebab(code)), code);
                foreach (var language in UiLanguages.All)
                {
                    names.TryAdd((list, Kebab(Texts.GetString(Key(list, code), CultureInfo.GetCultureInfo(language))!)), code);
                }
            }
        }

        return names.ToFrozenDictionary();
    });

    /// <summary>The codes a list knows, in code order.</summary>
    public static IReadOnlyList<string> Known(string list) => Vocabulary.Value.GetValueOrDefault(list) ?? [];

    /// <summary>The code's name in the page's language, or a <see cref="Readable"/> form of a code this list does not know.</summary>
    public static string Label(string list, string code) =>
        Texts.GetString(Key(list, code), CultureInfo.CurrentUICulture) ?? Readable(code);

    /// <summary>A list's known codes and their names, in the page language's alphabetical order of the names.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Choices(string list) =>
        [.. Known(list).Select(code => KeyValuePair.Create(code, Label(list, code)))
            .OrderBy(choice => choice.Value, StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: true))];

    /// <summary>"job-search" → "job search"; codes that are not kebab-case ("FR-IDF") are shown as given.</summary>
    public static string Readable(string code) =>
        code.Any(char.IsUpper) ? code : code.Replace('-', ' ');

    /// <summary>
    /// What a person typed as a code of the list: a known code when it is one of the code's names in any
    /// language ("Logistique", "logistics"), else its kebab-case form ("Deep-sea welding" → "deep-sea-welding").
    /// </summary>
    public static string CodeOf(string list, string text)
    {
        var kebab = Kebab(text);
        return ByName.Value.GetValueOrDefault((list, kebab)) ?? kebab;
    }

    /// <summary>Lower case without accents, words joined by hyphens: the shape the services accept ("Santé publique" → "sante-publique").</summary>
    public static string Kebab(string text)
    {
        var words = new StringBuilder();
        var pendingHyphen = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (pendingHyphen && words.Length > 0)
                    words.Append('-');
                words.Append(c);
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return words.ToString();
    }

    private static string Key(string list, string code) => $"{list}_{code}";
}
