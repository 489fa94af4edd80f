namespace Mentorship.Identity.Domain;

/// <summary>The name a person is shown by: 1 to 60 characters once trimmed, no control characters.</summary>
public static class DisplayNames
{
    public const int MaxLength = 60;

    public static bool IsValid(string? name) =>
        name is not null && name.Trim() is { Length: > 0 and <= MaxLength } trimmed && !trimmed.Any(char.IsControl);

    /// <summary>A name from elsewhere (an institution's token) made valid: control characters dropped, spaces folded, cut at the limit; null when nothing is left.</summary>
    public static string? Clean(string? name)
    {
        if (name is null)
            return null;
        var words = new string([.. name.Select(c => char.IsControl(c) ? ' ' : c)]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var cleaned = string.Join(' ', words);
        return cleaned.Length == 0 ? null : cleaned[..Math.Min(cleaned.Length, MaxLength)].TrimEnd();
    }
}
