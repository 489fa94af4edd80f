using System.Text.Json;

namespace Mentorship.ServiceDefaults.Http;

/// <summary>Reads a kebab-case enum from the query string ("?status=dropout-mentee"), refusing unknown values with the list of allowed ones.</summary>
public static class QueryEnum
{
    public static TEnum? Parse<TEnum>(string? value, string parameter)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Name(candidate), value, StringComparison.OrdinalIgnoreCase))
                return candidate;
        }

        throw new RequestValidationException(parameter, $"'{value}' is not one of: {string.Join(", ", Enum.GetValues<TEnum>().Select(Name))}.");
    }

    /// <summary>The enum value as the API spells it.</summary>
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
