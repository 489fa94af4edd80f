using System.Reflection;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Mentorship.ServiceDefaults.Identity;

/// <summary>
/// The caller as the bearer token describes them. Services decide access with it per programme and
/// per pair; the gateway's check is only the first gate. Two token shapes are read: the identity
/// service's "programme_roles" ("{programmeId}:{role}", one role in one programme each), and the
/// development tokens' "roles" + "programmes" (every role in every listed programme).
/// </summary>
public sealed class CurrentUser
{
    private static readonly IReadOnlySet<string> NoRoles = new HashSet<string>();

    private readonly IReadOnlySet<string> _tokenRoles;
    private readonly IReadOnlySet<Guid> _tokenProgrammes;

    private CurrentUser(
        Guid personId,
        string name,
        IReadOnlySet<string> tokenRoles,
        IReadOnlySet<Guid> tokenProgrammes,
        IReadOnlyDictionary<Guid, IReadOnlySet<string>> programmeRoles)
    {
        PersonId = personId;
        Name = name;
        _tokenRoles = tokenRoles;
        _tokenProgrammes = tokenProgrammes;
        ProgrammeRoles = programmeRoles;
        Roles = tokenRoles.Union(programmeRoles.Values.SelectMany(roles => roles)).ToHashSet(StringComparer.Ordinal);
        Programmes = tokenProgrammes.Union(programmeRoles.Keys).ToHashSet();
    }

    public Guid PersonId { get; }

    public string Name { get; }

    /// <summary>The platform and participant roles, and every staff role held in at least one programme.</summary>
    public IReadOnlySet<string> Roles { get; }

    /// <summary>Programmes the staff roles apply to.</summary>
    public IReadOnlySet<Guid> Programmes { get; }

    /// <summary>The staff roles held in each programme ("programme_roles").</summary>
    public IReadOnlyDictionary<Guid, IReadOnlySet<string>> ProgrammeRoles { get; }

    public bool IsOps => _tokenRoles.Contains(PlatformRoles.Ops);

    public bool HasRole(string role) => Roles.Contains(role);

    /// <summary>True when the caller holds one of the staff roles for this programme (ops holds all).</summary>
    public bool IsStaffOf(Guid programmeId, params string[] roles) =>
        IsOps || roles.Any(role => Holds(role, programmeId));

    /// <summary>The programmes in which the caller holds this role.</summary>
    public IReadOnlySet<Guid> ProgrammesWhere(string role) => Programmes.Where(programmeId => Holds(role, programmeId)).ToHashSet();

    /// <summary>True when the caller holds this role in this programme; unlike <see cref="IsStaffOf"/>, ops does not hold it by default.</summary>
    public bool Holds(string role, Guid programmeId) =>
        (_tokenProgrammes.Contains(programmeId) && _tokenRoles.Contains(role)) || RolesIn(programmeId).Contains(role);

    /// <summary>The staff roles held in this programme.</summary>
    public IReadOnlySet<string> RolesIn(Guid programmeId) =>
        ProgrammeRoles.TryGetValue(programmeId, out var roles) ? roles : NoRoles;

    public static CurrentUser From(ClaimsPrincipal principal)
    {
        _ = Guid.TryParse(principal.FindFirstValue(PlatformClaims.Subject), out var personId);
        var roles = principal.FindAll(PlatformClaims.Roles).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var programmes = principal.FindAll(PlatformClaims.Programmes)
            .Select(c => Guid.TryParse(c.Value, out var id) ? id : Guid.Empty)
            .Where(id => id != Guid.Empty)
            .ToHashSet();
        return new CurrentUser(personId, principal.FindFirstValue(PlatformClaims.Name) ?? "", roles, programmes, ProgrammeRolesOf(principal));
    }

    /// <summary>Lets minimal API handlers take a CurrentUser parameter.</summary>
    public static ValueTask<CurrentUser?> BindAsync(HttpContext context, ParameterInfo parameter) =>
        ValueTask.FromResult<CurrentUser?>(From(context.User));

    private static Dictionary<Guid, IReadOnlySet<string>> ProgrammeRolesOf(ClaimsPrincipal principal)
    {
        var grants = new Dictionary<Guid, HashSet<string>>();
        foreach (var claim in principal.FindAll(PlatformClaims.ProgrammeRoles))
        {
            if (!ProgrammeRoleClaims.TryParse(claim.Value, out var programmeId, out var role) || !PlatformRoles.Staff.Contains(role))
                continue;
            if (!grants.TryGetValue(programmeId, out var roles))
                grants[programmeId] = roles = new HashSet<string>(StringComparer.Ordinal);
            roles.Add(role);
        }

        return grants.ToDictionary(grant => grant.Key, grant => (IReadOnlySet<string>)grant.Value);
    }
}
