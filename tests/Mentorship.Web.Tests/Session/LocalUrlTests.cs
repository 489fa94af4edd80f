using Mentorship.Web.Session;
using Microsoft.AspNetCore.Http;

namespace Mentorship.Web.Tests.Session;

public sealed class LocalUrlTests
{
    [Theory]
    [InlineData("/p/1/apply?role=mentee", "/app/p/1/apply?role=mentee")]
    [InlineData("console", "/app/console")]
    [InlineData(null, "/app/")]
    [InlineData("//evil.example/", "/app/")]
    [InlineData("/\\evil.example", "/app/")]
    [InlineData("https://evil.example/", "/app/")]
    public void A_return_address_stays_within_the_app(string? returnUrl, string expected)
    {
        Assert.Equal(expected, LocalUrl.Within(new PathString("/app"), returnUrl));
    }
}
