using Mentorship.ServiceDefaults.Texts;
using Microsoft.AspNetCore.Http;

namespace Mentorship.Enrollment.Tests.Apis;

public sealed class TextLanguagesTests
{
    [Theory]
    [InlineData("", "", null, "en")]
    [InlineData("", "", "nl", "nl")]
    [InlineData("", "de-DE, nl;q=0.4, fr;q=0.8", null, "fr")]
    [InlineData("", "fr;q=0, NL-be", "en", "nl")]
    [InlineData("?lang=NL", "fr", "en", "nl")]
    [InlineData("?lang=pt", "es", "fr", "fr")]
    [InlineData("?lang=", "x", "zz", "en")]
    public void The_query_then_the_header_then_the_fallback_then_english(string query, string acceptLanguage, string? fallback, string expected)
    {
        var context = new DefaultHttpContext();
        context.Request.QueryString = new QueryString(query);
        if (acceptLanguage.Length > 0)
            context.Request.Headers.AcceptLanguage = acceptLanguage;

        Assert.Equal(expected, TextLanguages.Choose(context.Request, fallback));
    }
}
