using Microsoft.AspNetCore.Http;

namespace Mentorship.ServiceDefaults.Identity;

/// <summary>
/// An entity addressed by a route value (a pair, an application, a round…) and how to find the programme
/// it belongs to: null when no entity has that id.
/// </summary>
public sealed record ProgrammeScopedEntity(
    string Resource,
    string RouteValue,
    Func<HttpContext, Guid, CancellationToken, Task<Guid?>> ProgrammeOf);
