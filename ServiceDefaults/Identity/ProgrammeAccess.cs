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

    /// <summary>Answers 403 before anything else runs unless the caller holds one of the roles (ops holds all).</summary>
    public static TBuilder RequireRole<TBuilder>(this TBuilder builder, string refusal, params string[] roles)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var user = CurrentUser.From(context.HttpContext.User);
            return user.IsOps || roles.Any(user.HasRole) ? await next(context) : ApiProblems.Forbidden(refusal);
        });
}
