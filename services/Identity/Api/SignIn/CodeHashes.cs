using System.Security.Cryptography;
using System.Text;

namespace Mentorship.Identity.SignIn;

/// <summary>
/// Six-digit codes and their hashes. The hash is keyed by the code's row id, so a copy of the table
/// does not show the codes at a glance and equal codes of two rows differ; the few attempts allowed
/// are what protects a code from guessing, not the hash.
/// </summary>
public static class CodeHashes
{
    public const int Digits = 6;

    public static string NewCode() => RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    public static byte[] Hash(Guid codeId, string code) => HMACSHA256.HashData(codeId.ToByteArray(), Encoding.ASCII.GetBytes(code));

    public static bool Matches(Guid codeId, string code, byte[] hash) => CryptographicOperations.FixedTimeEquals(Hash(codeId, code), hash);
}
