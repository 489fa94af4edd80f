using System.Net;
using System.Security.Claims;
using Bunit;
using Mentorship.ServiceDefaults.Identity;
using Mentorship.Web.Components.Portal;
using Mentorship.Web.Session;
using Mentorship.Web.Tests.Support;

namespace Mentorship.Web.Tests.Components;

public sealed class ProgrammeListTests : WebTestContext
{
    [Fact]
    public void A_coordinator_is_offered_the_console_pages_of_their_own_programme_only()
    {
        var (theirs, another) = (Guid.NewGuid(), Guid.NewGuid());
        Gateway.Answer($"GET /api/programmes?page=1&pageSize={ProgrammeList.PageSize}", HttpStatusCode.OK, $$"""
            { "items": [ {{Samples.Programme(theirs)}}, {{Samples.Programme(another)}} ], "page": 1, "pageSize": 10, "total": 2, "pageCount": 1 }
            """);
        Authorization.SetClaims(
            new Claim(SessionClaims.AccessToken, Token),
            new Claim(PlatformClaims.ProgrammeRoles, ProgrammeRoleClaims.Format(theirs, PlatformRoles.Coordinator)));

        var list = Render<ProgrammeList>();

        list.WaitForElement("table");
        Assert.Equal(
            ["applications", "matching", "pairs", "concerns", "reports", "settings"],
            list.FindAll("a[href^=console]").Select(a => a.GetAttribute("href")!.Replace($"console/{theirs}/", "", StringComparison.Ordinal)));
        Assert.Equal(2, list.FindAll("a[href^='p/']").Count);
    }
}
