using System.Text.RegularExpressions;
using Mentorship.Identity.Configuration;

namespace Mentorship.Identity.ExternalSignIn;

/// <summary>The institutions' providers configured (Identity:ExternalProviders), in the order their buttons show.</summary>
public sealed partial class ExternalProviders
{
    private readonly Dictionary<string, ExternalProvider> _byKey;

    public ExternalProviders(IReadOnlyDictionary<string, ExternalProviderSettings> settings)
    {
        foreach (var (key, provider) in settings)
            Check(key, provider);
        _byKey = settings.ToDictionary(s => s.Key, s => new ExternalProvider(s.Key, s.Value.DisplayName.Trim(), s.Value.Institution), StringComparer.Ordinal);
        All = [.. _byKey.Values.OrderBy(p => p.DisplayName, StringComparer.CurrentCultureIgnoreCase)];
    }

    public IReadOnlyList<ExternalProvider> All { get; }

    public ExternalProvider? Find(string? key) => key is not null && _byKey.TryGetValue(key, out var provider) ? provider : null;

    /// <summary>A provider that cannot work stops the service at start, naming the key and what is wrong.</summary>
    private static void Check(string key, ExternalProviderSettings provider)
    {
        var problem =
            !Key().IsMatch(key) ? "the key must be 1 to 64 lower-case letters, digits or dashes"
            : string.IsNullOrWhiteSpace(provider.DisplayName) ? "DisplayName is required"
            : !Uri.TryCreate(provider.Authority, UriKind.Absolute, out _) ? "Authority must be an absolute URL"
            : string.IsNullOrWhiteSpace(provider.ClientId) ? "ClientId is required"
            : null;
        if (problem is not null)
            throw new InvalidOperationException($"Identity:ExternalProviders:{key}: {problem}.");
    }

    [GeneratedRegex("^[a-z0-9-]{1,64}$")]
    private static partial Regex Key();
}
