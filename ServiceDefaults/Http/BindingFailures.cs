using System.Globalization;
using System.Text.RegularExpressions;

namespace Mentorship.ServiceDefaults.Http;

/// <summary>
/// Reads which parameter a minimal API could not bind from ASP.NET Core's message
/// ("Failed to bind parameter "bool? atRisk" from "maybe".") so the 400 can name the field. A property
/// of an [AsParameters] record ("Nullable&lt;int&gt; PageSize") is named as the query string spells it ("pageSize").
/// </summary>
public static partial class BindingFailures
{
    public static bool TryRead(string message, out string field, out string rule)
    {
        var failed = FailedToBind().Match(message);
        if (failed.Success)
        {
            field = CamelCase(failed.Groups["name"].Value);
            rule = $"'{failed.Groups["value"].Value}' is not a valid {Describe(failed.Groups["type"].Value)}.";
            return true;
        }

        var missing = MissingRequired().Match(message);
        if (missing.Success)
        {
            field = CamelCase(missing.Groups["name"].Value);
            rule = $"{field} is required.";
            return true;
        }

        field = rule = "";
        return false;
    }

    private static string CamelCase(string name) =>
        char.ToLower(name[0], CultureInfo.InvariantCulture) + name[1..];

    private static string Describe(string type) => Underlying(type) switch
    {
        "bool" or "Boolean" => "boolean (true or false)",
        "int" or "Int32" or "long" or "Int64" => "whole number",
        "Guid" => "GUID",
        "DateOnly" => "date (YYYY-MM-DD)",
        "DateTimeOffset" or "DateTime" => "ISO 8601 date and time",
        var other => other,
    };

    /// <summary>"int?" and "Nullable&lt;int&gt;" are both an int to the client.</summary>
    private static string Underlying(string type) =>
        type.StartsWith("Nullable<", StringComparison.Ordinal) ? type["Nullable<".Length..^1] : type.TrimEnd('?');

    [GeneratedRegex("^Failed to bind parameter \"(?<type>\\S+) (?<name>\\w+)\" from \"(?<value>.*)\"\\.$")]
    private static partial Regex FailedToBind();

    [GeneratedRegex("^Required parameter \"(?<type>\\S+) (?<name>\\w+)\" was not provided")]
    private static partial Regex MissingRequired();
}
