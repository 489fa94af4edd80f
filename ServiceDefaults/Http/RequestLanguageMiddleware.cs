using System.Globalization;
using Mentorship.ServiceDefaults.Texts;
using Microsoft.AspNetCore.Http;

namespace Mentorship.ServiceDefaults.Http;

/// <summary>
/// Sets the UI culture to the request's language (?lang=, then Accept-Language) for the whole request,
/// so validation messages, refusals and ProblemDetails titles are looked up in it. Only the UI culture:
/// numbers and dates are formatted as before, whatever the language.
/// </summary>
public sealed class RequestLanguageMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
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
