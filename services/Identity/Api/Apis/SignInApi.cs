using Mentorship.Identity.Apis.Models;
using Mentorship.Identity.Domain;
using Mentorship.Identity.SignIn;
using Mentorship.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.Identity.Apis;

/// <summary>
/// Sign-in by a code mailed to the address, for participants without an institutional account. The
/// verified code opens a cookie session on the identity service, which /connect/authorize then uses.
/// </summary>
public static class SignInApi
{
    public static IEndpointRouteBuilder MapSignInApi(this IEndpointRouteBuilder app)
    {
        var signIn = app.MapGroup("/api/sign-in").WithTags("Sign-in").AllowAnonymous();
        signIn.MapPost("/code", SendCode).WithValidation<SignInCodeRequest>();
        signIn.MapPost("/verify", VerifyCode).WithValidation<VerifyCodeRequest>();
        return app;
    }

    public static async Task<Results<Accepted<SignInCodeSent>, ProblemHttpResult>> SendCode(
        SignInCodeRequest request,
        SignInCodes codes,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        if (!await codes.IssueAsync(Emails.Normalise(request.Email!), request.Locale, cancellationToken))
        {
            http.Response.Headers.RetryAfter = ((int)SignInCode.Lifetime.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.Problem(
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "Too many codes were asked for this address.",
                detail: $"At most {SignInCodes.MaxCodesPerLifetime} codes per {SignInCode.Lifetime.TotalMinutes:0} minutes; use the last one, or ask again later.");
        }

        return TypedResults.Accepted((string?)null, new SignInCodeSent(
            "If this address can receive mail, a sign-in code is on its way.", (int)SignInCode.Lifetime.TotalMinutes));
    }

    public static async Task<Results<Ok<SignedInPerson>, ValidationProblem>> VerifyCode(
        VerifyCodeRequest request,
        SignInCodes codes,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        var (verdict, person) = await codes.VerifyAsync(Emails.Normalise(request.Email!), request.Code!, cancellationToken);
        if (verdict != CodeVerdict.Accepted)
        {
            var message = verdict == CodeVerdict.AttemptsExhausted
                ? $"code was tried {SignInCode.MaxAttempts} times: ask for a new one."
                : "code is wrong or has expired.";
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["code"] = [message] });
        }

        var signedIn = person!;
        await SignInCookie.SignInAsync(http, signedIn);
        return TypedResults.Ok(new SignedInPerson(signedIn.Id, signedIn.DisplayName, signedIn.Locale));
    }
}
