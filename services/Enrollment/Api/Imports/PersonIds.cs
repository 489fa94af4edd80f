using System.Security.Cryptography;
using System.Text;

namespace Mentorship.Enrollment.Imports;

/// <summary>
/// The person id of an imported row that gives none: a name-based UUID (RFC 9562 version 5) of the
/// normalised e-mail, so one person imported into several programmes (a teacher mentoring in two) is
/// one person everywhere, and the same file always yields the same ids.
/// </summary>
public static class PersonIds
{
    private static readonly Guid Namespace = new("5b0c3f52-8d0e-4c53-9a55-0b3a2f6e7d11");

    public static Guid FromEmail(string normalisedEmail)
    {
        var name = Encoding.UTF8.GetBytes(normalisedEmail);
        var input = new byte[16 + name.Length];
        Namespace.TryWriteBytes(input, bigEndian: true, out _);
        name.CopyTo(input, 16);
#pragma warning disable CA5350 // SHA-1 is what version 5 UUIDs are defined with; this is naming, not security.
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
