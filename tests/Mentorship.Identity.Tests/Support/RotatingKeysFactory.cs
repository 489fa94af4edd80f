using System.Security.Cryptography;
using Mentorship.Identity.Keys;

namespace Mentorship.Identity.Tests.Support;

/// <summary>The service in the middle of a key rotation: the new key signs, the old one is still published.</summary>
public sealed class RotatingKeysFactory : IdentityFactory
{
    private readonly string folder = Directory.CreateTempSubdirectory("identity-keys-").FullName;

    public RotatingKeysFactory()
    {
        Settings = new Dictionary<string, string>
        {
            ["Identity:SigningKeys:0:Path"] = WriteKey("new-signing.pem"),
            ["Identity:SigningKeys:1:Path"] = WriteKey("old-signing.pem"),
            ["Identity:EncryptionKeys:0:Path"] = WriteKey("encryption.pem"),
        };
    }

    protected override IReadOnlyDictionary<string, string> Settings { get; }

    /// <summary>The key id of a configured key file, as the JWKS and the tokens name it.</summary>
    public string KeyIdOf(string fileName) => KeyFiles.Load(new() { Path = Path.Combine(folder, fileName) }).KeyId;

    private string WriteKey(string fileName)
    {
        using var rsa = RSA.Create(2048);
        var path = Path.Combine(folder, fileName);
        File.WriteAllText(path, rsa.ExportPkcs8PrivateKeyPem());
        return path;
    }
}
