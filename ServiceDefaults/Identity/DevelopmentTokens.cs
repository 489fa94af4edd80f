using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Mentorship.ServiceDefaults.Identity;

/// <summary>
/// Tokens for local runs and tests, accepted only when the environment is Development and no
/// identity authority is configured. The key is public on purpose: it protects nothing real.
/// </summary>
public static class DevelopmentTokens
{
    public const string Issuer = "mentorship-development";
    public const string Audience = "mentorship";

    public static readonly SymmetricSecurityKey SigningKey =
        new(Encoding.UTF8.GetBytes("mentorship-development-only-signing-key-never-used-in-production"));

    public static string Create(
        Guid personId,
        string name,
        IEnumerable<string> roles,
        IEnumerable<Guid> programmes,
        TimeSpan? lifetime = null)
    {
        var claims = new List<Claim>
        {
            new(PlatformClaims.Subject, personId.ToString()),
            new(PlatformClaims.Name, name),
        };
        claims.AddRange(roles.Select(role => new Claim(PlatformClaims.Roles, role)));
        claims.AddRange(programmes.Select(id => new Claim(PlatformClaims.Programmes, id.ToString())));

        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Subject = new ClaimsIdentity(claims),
            NotBefore = now.AddMinutes(-1),
            Expires = now.Add(lifetime ?? TimeSpan.FromHours(8)),
            SigningCredentials = new SigningCredentials(SigningKey, SecurityAlgorithms.HmacSha256),
        });
    }
}
