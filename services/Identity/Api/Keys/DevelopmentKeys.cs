using System.Security.Cryptography;
using Mentorship.Identity.Configuration;

namespace Mentorship.Identity.Keys;

/// <summary>
/// Development's keys: generated on first use and kept in a folder, so that tokens and refresh tokens
/// survive a restart. Never used outside Development, where the keys come from configuration.
/// </summary>
public static class DevelopmentKeys
{
    public const string SigningFile = "signing.pem";
    public const string EncryptionFile = "encryption.pem";

    public static string DefaultDirectory =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "mentorship", "identity");

    public static KeyFile Ensure(string? directory, string fileName)
    {
        var folder = string.IsNullOrWhiteSpace(directory) ? DefaultDirectory : directory;
        var path = Path.Combine(folder, fileName);
        if (!File.Exists(path))
            Create(folder, path);
        return new KeyFile { Path = path };
    }

    /// <summary>Written aside then moved into place: two processes starting at once keep whichever lands first.</summary>
    private static void Create(string folder, string path)
    {
        Directory.CreateDirectory(folder);
        using var rsa = RSA.Create(2048);
        var draft = Path.Combine(folder, $"{Guid.NewGuid():N}.tmp");
        File.WriteAllText(draft, rsa.ExportPkcs8PrivateKeyPem());
        try
        {
            File.Move(draft, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(draft);
        }
    }
}
