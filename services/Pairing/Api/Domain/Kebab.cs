using System.Text.Json;

namespace Mentorship.Pairing.Domain;

/// <summary>Enum values as the API and the events spell them: "not-a-fit", "dropout-mentee".</summary>
public static class Kebab
{
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static IReadOnlyList<string> Names<TEnum>()
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(Name).ToList();

    public static TEnum? Parse<TEnum>(string? value)
        where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Name(candidate), value, StringComparison.OrdinalIgnoreCase))
                return candidate;
        }

        return null;
    }
}
