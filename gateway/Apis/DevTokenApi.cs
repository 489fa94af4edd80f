using Mentorship.Gateway.Apis.Models;
using Mentorship.ServiceDefaults.Http;
using Mentorship.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Mentorship.Gateway.Apis;

/// <summary>
/// Tokens for local runs, signed with the development key that the services trust in Development.
/// Mapped only there (see GatewayServiceExtensions); elsewhere the path does not exist.
/// </summary>
public static class DevTokenApi
{
    public const string Path = "/dev/token";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    public static IEndpointRouteBuilder MapDevTokenApi(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, IssueToken)
            .WithValidation<DevTokenRequest>()
            .AllowAnonymous()
            .WithTags("Development")
            .WithSummary("Issues a bearer token with the given claims; Development only.");
        return app;
    }

    public static Ok<DevTokenResponse> IssueToken(DevTokenRequest request)
    {
        var token = DevelopmentTokens.Create(
            Guid.Parse(request.Sub!),
            request.Name!,
            request.Roles?.OfType<string>() ?? [],
            request.Programmes?.OfType<string>().Select(Guid.Parse) ?? [],
            Lifetime);
        return TypedResults.Ok(new DevTokenResponse(token, new JsonWebToken(token).ValidTo));
    }
}
