using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mentorship.Pairing.Tests.Integration;

/// <summary>Reads the service's JSON as it writes it: camelCase with kebab-case enum values.</summary>
public static class TestJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
    };
}
