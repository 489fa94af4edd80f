namespace Mentorship.Web.Gateway;

/// <summary>
/// What went wrong with a call, as the services say it (RFC 9457 ProblemDetails), or as the front end
/// says it when no answer came. <see cref="Errors"/> is keyed by field path: "person.email", "profile.languages[0]".
/// </summary>
public sealed record ApiProblem(int Status, string Title, string? Detail, IReadOnlyDictionary<string, string[]> Errors)
{
    public static ApiProblem Unavailable(string detail) =>
        new(0, "unavailable", detail, new Dictionary<string, string[]>());

    /// <summary>The messages for <paramref name="field"/> and its items ("profile.sectors" takes "profile.sectors[1]").</summary>
    public IReadOnlyList<string> ErrorsFor(string field) =>
        [.. Errors.Where(e => IsFieldOrItem(e.Key, field)).SelectMany(e => e.Value)];

    /// <summary>The messages of fields other than <paramref name="shown"/>, which the page shows in its summary.</summary>
    public IReadOnlyList<string> ErrorsExcept(IEnumerable<string> shown) =>
        [.. Errors.Where(e => !shown.Any(field => IsFieldOrItem(e.Key, field))).SelectMany(e => e.Value)];

    private static bool IsFieldOrItem(string key, string field) =>
        key.Equals(field, StringComparison.OrdinalIgnoreCase)
        || (key.StartsWith(field, StringComparison.OrdinalIgnoreCase) && key.Length > field.Length && key[field.Length] is '[' or '.');
}
