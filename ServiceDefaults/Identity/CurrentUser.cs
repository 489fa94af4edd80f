using System.Reflection;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Mentorship.ServiceDefaults.Identity;

/// <summary>
/// The caller as the bearer token describes them. Services decide access with it per programme and
/// per pair; the gateway's check is only the first gate.
/// </summary>
public sealed class CurrentUser
{
    private CurrentUser(Guid personId, string name, IReadOnlySet<string> roles, IReadOnlySet<Guid> programmes)
    {
        PersonId = personId;
        Name = name;
        Roles = roles;
        Programmes = programmes;
    }

    public Guid PersonId { get; }

    public string Name { get; }

    public IReadOnlySet<string> Roles { get; }

    /// <summary>Programmes the staff roles apply to.</summary>
    public IReadOnlySet<Guid> Programmes { get; }

    public bool IsOps => Roles.Contains(PlatformRoles.Ops);

    public bool HasRole(string role) => Roles.Contains(role);

    /// <summary>True when the caller holds one of the staff roles for this programme (ops holds all).</summary>
    public bool IsStaffOf(Guid programmeId, params string[] roles) =>
        IsOps || (Programmes.Contains(programmeId) && roles.Any(Roles.Contains));

    public static CurrentUser From(ClaimsPrincipal principal)
    {
        _ = Guid.TryParse(principal.FindFirstValue(PlatformClaims.Subject), out var personId);
        var roles = principal.FindAll(PlatformClaims.Roles).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var programmes = principal.FindAll(PlatformClaims.Programmes)
            .Select(c => Guid.TryParse(c.Value, out var id) ? id : Guid.Empty)
            .Where(id => id != Guid.Empty)
            .ToHashSet();
        return new CurrentUser(personId, principal.FindFirstValue(PlatformClaims.Name) ?? "", roles, programmes);
    }

    /// <summary>Lets minimal API handlers take a CurrentUser parameter.</summary>
    public static ValueTask<CurrentUser?> BindAsync(HttpContext context, ParameterInfo parameter) =>
        ValueTask.FromResult<CurrentUser?>(From(context.User));
}
