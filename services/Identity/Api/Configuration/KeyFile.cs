namespace Mentorship.Identity.Configuration;

/// <summary>A key on disk: an RSA private key in PEM (PKCS#1 or PKCS#8, encrypted when a password is given) or a PFX.</summary>
public sealed class KeyFile
{
    public string Path { get; set; } = "";

    public string? Password { get; set; }
}
