using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using OpenIddict.Validation.AspNetCore;

namespace Mentorship.Identity.Apis;

public static class IdentityCallers
{
    /// <summary>The platform's bearer tokens, and this service's own, checked without a round trip.</summary>
    public static readonly AuthorizationPolicy Policy = new AuthorizationPolicyBuilder(
            JwtBearerDefaults.AuthenticationScheme, OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme)
        .RequireAuthenticatedUser()
        .Build();
}
