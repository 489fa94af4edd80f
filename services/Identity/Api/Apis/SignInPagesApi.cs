using FluentValidation;
using Mentorship.Identity.Apis.Models;
using Mentorship.Identity.Domain;
using Mentorship.Identity.Resources;
using Mentorship.Identity.SignIn;
using Mentorship.Identity.SignIn.Pages;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Mentorship.Identity.Apis;

/// <summary>
/// The sign-in pages /connect/authorize sends a browser to (Identity:SignInPage). The identity
/// service serves them itself, rather than each front end: the sign-in cookie must be set by this
/// service on the browser, every client (the web front end, the dashboard) needs the same pages, and
/// plain forms work without script. The gateway routes /connect to this service anonymously. The same
/// checks as /api/sign-in/{code,verify}, with the errors worded in the page's language beside their field.
/// </summary>
public static class SignInPagesApi
{
    public const string PagePath = "/connect/sign-in";
    public const string CodePath = PagePath + "/code";
    public const string VerifyPath = PagePath + "/verify";

    public static IEndpointRouteBuilder MapSignInPages(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup(PagePath).WithTags("Sign-in").AllowAnonymous().ExcludeFromDescription();
        pages.MapGet("", ShowAddressStep);
        pages.MapPost("/code", SendCode);
        pages.MapPost("/verify", VerifyCode);
        return app;
    }

    public static RazorComponentResult<SignInPage> ShowAddressStep(
        [FromQuery(Name = "ReturnUrl")] string? returnUrl, [FromQuery] string? lang, HttpContext http, IAntiforgery antiforgery) =>
        Page(http, antiforgery, SignInStep.Address, SignInLanguage.Choose(http, lang), returnUrl);

    public static async Task<RazorComponentResult<SignInPage>> SendCode(
        [FromForm] string? email,
        [FromForm] string? returnUrl,
        [FromForm] string? lang,
        HttpContext http,
        SignInCodes codes,
        IValidator<SignInCodeRequest> validator,
        IAntiforgery antiforgery,
        CancellationToken cancellationToken)
    {
        var language = SignInLanguage.Choose(http, lang);
        email = email?.Trim();
        if (!(await validator.ValidateAsync(new SignInCodeRequest(email, language), cancellationToken)).IsValid)
            return Page(http, antiforgery, SignInStep.Address, language, returnUrl, email, emailError: Text("EmailInvalid", language), status: StatusCodes.Status400BadRequest);

        if (!await codes.IssueAsync(Emails.Normalise(email!), language, cancellationToken))
        {
            var error = IdentityTexts.All.Format("TooManyCodes", language, SignInCodes.MaxCodesPerLifetime, (int)SignInCode.Lifetime.TotalMinutes);
            return Page(http, antiforgery, SignInStep.Address, language, returnUrl, email, emailError: error, status: StatusCodes.Status429TooManyRequests);
        }

        return Page(http, antiforgery, SignInStep.Code, language, returnUrl, email);
    }

    public static async Task<Results<RedirectHttpResult, RazorComponentResult<SignInPage>>> VerifyCode(
        [FromForm] string? email,
        [FromForm] string? code,
        [FromForm] string? returnUrl,
        [FromForm] string? lang,
        HttpContext http,
        SignInCodes codes,
        IValidator<VerifyCodeRequest> validator,
        IAntiforgery antiforgery,
        CancellationToken cancellationToken)
    {
        var language = SignInLanguage.Choose(http, lang);
        (email, code) = (email?.Trim(), code?.Trim());
        var validation = await validator.ValidateAsync(new VerifyCodeRequest(email, code), cancellationToken);
        if (validation.Errors.Any(error => error.PropertyName == nameof(VerifyCodeRequest.Email)))
            return Page(http, antiforgery, SignInStep.Address, language, returnUrl, email, emailError: Text("EmailInvalid", language), status: StatusCodes.Status400BadRequest);
        if (!validation.IsValid)
            return Page(http, antiforgery, SignInStep.Code, language, returnUrl, email, codeError: Text("CodeFormat", language), status: StatusCodes.Status400BadRequest);

        var (verdict, person) = await codes.VerifyAsync(Emails.Normalise(email!), code!, cancellationToken);
        if (verdict != CodeVerdict.Accepted)
        {
            var error = Text(verdict == CodeVerdict.AttemptsExhausted ? "CodeExhausted" : "CodeWrong", language);
            return Page(http, antiforgery, SignInStep.Code, language, returnUrl, email, codeError: error, status: StatusCodes.Status400BadRequest);
        }

        await SignInCookie.SignInAsync(http, person!);
        return TypedResults.Redirect(ReturnUrls.LocalOrDefault(returnUrl));
    }

    internal static RazorComponentResult<SignInPage> Page(
        HttpContext http,
        IAntiforgery antiforgery,
        SignInStep step,
        string language,
        string? returnUrl,
        string? email = null,
        string? emailError = null,
        string? codeError = null,
        string? refusal = null,
        int status = StatusCodes.Status200OK) =>
        new(new Dictionary<string, object?>
        {
            [nameof(SignInPage.Step)] = step,
            [nameof(SignInPage.Language)] = language,
            [nameof(SignInPage.ReturnUrl)] = ReturnUrls.LocalOrDefault(returnUrl),
            [nameof(SignInPage.Email)] = email,
            [nameof(SignInPage.EmailError)] = emailError,
            [nameof(SignInPage.CodeError)] = codeError,
            [nameof(SignInPage.Refusal)] = refusal,
            [nameof(SignInPage.Antiforgery)] = antiforgery.GetAndStoreTokens(http),
            [nameof(SignInPage.CodeMinutes)] = (int)SignInCode.Lifetime.TotalMinutes,
        })
        {
            StatusCode = status,
        };

    private static string Text(string key, string language) => IdentityTexts.All.Get(key, language);
}
