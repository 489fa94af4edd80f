using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Mentorship.Identity.Configuration;
using Microsoft.IdentityModel.Tokens;

namespace Mentorship.Identity.Keys;

/// <summary>Reads RSA keys from PEM or PFX files, each with a key id derived from its public key.</summary>
public static class KeyFiles
{
    public static RsaSecurityKey Load(KeyFile file)
    {
        if (!File.Exists(file.Path))
            throw new InvalidOperationException($"The key file {file.Path} does not exist.");

        var rsa = IsPfx(file.Path) ? LoadPfx(file) : LoadPem(file);
        return WithKeyId(rsa);
    }

    /// <summary>
    /// The key id is a digest of the public key, so that the same key always has the same id and a
    /// token names the key it was signed with across restarts and replicas.
    /// </summary>
    public static RsaSecurityKey WithKeyId(RSA rsa) =>
        new(rsa) { KeyId = Base64UrlEncoder.Encode(SHA256.HashData(rsa.ExportSubjectPublicKeyInfo()).AsSpan(0, 16).ToArray()) };

    private static bool IsPfx(string path) =>
        Path.GetExtension(path) is var extension
        && (extension.Equals(".pfx", StringComparison.OrdinalIgnoreCase) || extension.Equals(".p12", StringComparison.OrdinalIgnoreCase));

    private static RSA LoadPfx(KeyFile file)
    {
        using var certificate = X509CertificateLoader.LoadPkcs12FromFile(file.Path, file.Password, X509KeyStorageFlags.EphemeralKeySet);
        return certificate.GetRSAPrivateKey()
               ?? throw new InvalidOperationException($"The certificate in {file.Path} has no RSA private key.");
    }

    private static RSA LoadPem(KeyFile file)
    {
        var pem = File.ReadAllText(file.Path);
        var rsa = RSA.Create();
        if (string.IsNullOrEmpty(file.Password))
            rsa.ImportFromPem(pem);
        else
            rsa.ImportFromEncryptedPem(pem, file.Password);
        return rsa;
    }
}
