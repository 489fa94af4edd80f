using System.Globalization;
using Mentorship.ServiceDefaults.Texts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;

namespace Mentorship.ServiceDefaults.Http;

/// <summary>
/// Sets the UI culture to the request's language (?lang=, then Accept-Language) for the whole request,
/// so validation messages, refusals and ProblemDetails titles are looked up in it. Only the UI culture:
/// numbers and dates are formatted as before, whatever the language. A host that localizes requests
/// itself (the front end: the person's choice, kept in a cookie) has already chosen; it is left alone.
/// </summary>
public sealed class RequestLanguageMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Features.Get<IRequestCultureFeature>() is not null)
        {
            await next(context);
            return;
        }

        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(TextLanguages.Choose(context.Request));
        try
        {
            await next(context);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
