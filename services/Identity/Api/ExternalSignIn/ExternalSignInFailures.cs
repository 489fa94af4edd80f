using Microsoft.AspNetCore.Authentication;

namespace Mentorship.Identity.ExternalSignIn;

/// <summary>
/// A provider's answer that opens no session (an error it returned, a state or token that does not
/// check): logged, and the browser sent to the sign-in page, which says so beside the other ways in.
/// </summary>
public static class ExternalSignInFailures
{
    public static Task RefuseAsync(RemoteFailureContext context)
    {
        var provider = context.Properties?.GetString(ExternalSignInItems.Provider);
        context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>()
            .CreateLogger(typeof(ExternalSignInFailures))
            .LogWarning(context.Failure, "Sign-in with the provider {Provider} refused: {Reason}", provider ?? context.Scheme.Name, ExternalRefusal.ProviderError);
        context.Response.Redirect(ExternalSignInPaths.RefusedUri(
            provider,
            ExternalRefusal.ProviderError,
            context.Properties?.GetString(ExternalSignInItems.ReturnUrl),
            context.Properties?.GetString(ExternalSignInItems.Language)));
        context.HandleResponse();
        return Task.CompletedTask;
    }
}
