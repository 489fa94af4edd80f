using Mentorship.Identity.Configuration;
using Microsoft.IdentityModel.Tokens;

namespace Mentorship.Identity.Keys;

/// <summary>The keys the server signs and encrypts with, from configuration, or Development's generated ones.</summary>
public sealed record ServerKeys(IReadOnlyList<RsaSecurityKey> Signing, IReadOnlyList<RsaSecurityKey> Encryption)
{
    public static ServerKeys From(IdentityServerOptions options, bool isDevelopment)
    {
        var signing = options.SigningKeys;
        var encryption = options.EncryptionKeys;
        if (isDevelopment)
        {
            if (signing.Count == 0)
                signing = [DevelopmentKeys.Ensure(options.DevelopmentKeysDirectory, DevelopmentKeys.SigningFile)];
            if (encryption.Count == 0)
                encryption = [DevelopmentKeys.Ensure(options.DevelopmentKeysDirectory, DevelopmentKeys.EncryptionFile)];
        }

        if (signing.Count == 0 || encryption.Count == 0)
            throw new InvalidOperationException(
                "Outside Development the identity service needs its keys: set Identity__SigningKeys__0__Path and " +
                "Identity__EncryptionKeys__0__Path to RSA keys (PEM or PFX, with __Password when encrypted).");

        return new ServerKeys([.. signing.Select(KeyFiles.Load)], [.. encryption.Select(KeyFiles.Load)]);
    }
}
