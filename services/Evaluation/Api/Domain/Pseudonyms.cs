using System.Security.Cryptography;

namespace Mentorship.Evaluation.Domain;

/// <summary>
/// Respondent codes of research exports: HMAC-SHA256 of the person id keyed with the programme's salt,
/// so a person keeps one code within a programme, codes differ across programmes, and nobody without
/// the database can recompute a code from a known person id.
/// </summary>
public static class Pseudonyms
{
    public const int CodeLength = 16;

    public static string Code(byte[] programmeSalt, Guid personId)
    {
        var hash = HMACSHA256.HashData(programmeSalt, personId.ToByteArray());
        return Convert.ToHexStringLower(hash)[..CodeLength];
    }
}
