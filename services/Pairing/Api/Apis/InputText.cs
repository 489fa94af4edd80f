namespace Mentorship.Pairing.Apis;

public static class InputText
{
    /// <summary>Free text as stored: trimmed, and null when blank.</summary>
    public static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
