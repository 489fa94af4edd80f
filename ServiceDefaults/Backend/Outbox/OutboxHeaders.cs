using System.Text.Json;

namespace Mentorship.ServiceDefaults.Backend.Outbox;

/// <summary>Headers kept with an outbox row: strings and integers only, which is what a redelivery needs.</summary>
public static class OutboxHeaders
{
    private static readonly IReadOnlyDictionary<string, object> None = new Dictionary<string, object>();

    public static string? Write(IEnumerable<KeyValuePair<string, object>> headers)
    {
        var kept = new Dictionary<string, string>();
        foreach (var (key, value) in headers)
        {
            if (value is string or int or long or Guid or bool)
                kept[key] = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!;
        }

        return kept.Count == 0 ? null : JsonSerializer.Serialize(kept);
    }

    public static IReadOnlyDictionary<string, object> Read(string? json)
    {
        if (string.IsNullOrEmpty(json))
            return None;

        var raw = JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];
        return raw.ToDictionary(
            pair => pair.Key,
            pair => int.TryParse(pair.Value, out var number) ? number : (object)pair.Value);
    }
}
