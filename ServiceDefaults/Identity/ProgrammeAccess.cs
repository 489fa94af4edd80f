using Mentorship.ServiceDefaults.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Mentorship.ServiceDefaults.Identity;

public static class ProgrammeAccess
{
    private const string ProgrammeRouteValue = "programmeId";

    /// <summary>
    /// Answers 403 before anything else runs, body validation included, unless the caller holds one of
    /// the roles for the programme in the route: an outsider learns nothing from validation messages.
    /// </summary>
    public static TBuilder RequireProgrammeStaff<TBuilder>(this TBuilder builder, string refusal, params string[] roles)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var routeValue = context.HttpContext.Request.RouteValues[ProgrammeRouteValue] as string;
            var allowed = Guid.TryParse(routeValue, out var programmeId)
                          && CurrentUser.From(context.HttpContext.User).IsStaffOf(programmeId, roles);
            return allowed ? await next(context) : ApiProblems.Forbidden(refusal);
        });

    /// <summary>
    /// The same check for a route that addresses an entity of a programme: 404 when the entity does not exist,
    /// 403 unless the caller holds one of the roles for its programme, both before body validation.
    /// </summary>
    public static TBuilder RequireProgrammeStaff<TBuilder>(
        this TBuilder builder, ProgrammeScopedEntity entity, string refusal, params string[] roles)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            // The route's guid constraint has matched, so the value parses.
            var id = Guid.Parse((string)http.Request.RouteValues[entity.RouteValue]!);
            if (await entity.ProgrammeOf(http, id, http.RequestAborted) is not { } programmeId)
                return ApiProblems.NotFound(entity.Resource, id);
            return CurrentUser.From(http.User).IsStaffOf(programmeId, roles) ? await next(context) : ApiProblems.Forbidden(refusal);
        });

    /// <summary>Answers 403 before anything else runs unless the caller holds one of the roles (ops holds all).</summary>
    public static TBuilder RequireRole<TBuilder>(this TBuilder builder, string refusal, params string[] roles)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var user = CurrentUser.From(context.HttpContext.User);
            return user.IsOps || roles.Any(user.HasRole) ? await next(context) : ApiProblems.Forbidden(refusal);
        });
}
