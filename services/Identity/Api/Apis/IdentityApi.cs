using Mentorship.Identity.Data;
using Mentorship.ServiceDefaults.Backend.Privacy;
using Mentorship.ServiceDefaults.Hosting;

namespace Mentorship.Identity.Apis;

public static class IdentityApi
{
    public static IEndpointRouteBuilder MapIdentityApi(this IEndpointRouteBuilder app)
    {
        app.MapConnectApi();
        app.MapSignInApi();
        app.MapSignInPages();
        app.MapExternalSignIn();
        app.MapStaffApi();
        app.MapProfileApi();
        app.MapPersonExportApi<IdentityDbContext>(ResourceNames.Identity);
        return app;
    }
}
