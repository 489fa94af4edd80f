using System.Net;
using Mentorship.Web.Coordination;
using Mentorship.Web.Gateway;
using Mentorship.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.Web.Tests.Coordination;

/// <summary>A large programme's names, read a page of 200 at a time: the first page, then the others together.</summary>
public sealed class ParticipantDirectoryTests : WebTestContext
{
    private readonly Guid _programmeId = Guid.NewGuid();

    private string Route(int page) => $"GET /api/programmes/{_programmeId}/applications?page={page}&pageSize=200&status=approved";

    private static string Page(int page, int total, string firstName, string role = "mentee") => $$"""
        { "items": [ { "id": "{{Guid.NewGuid()}}", "personId": "{{Guid.NewGuid()}}", "firstName": "{{firstName}}", "lastName": "P{{page}}",
                       "role": "{{role}}", "status": "approved", "eligible": true, "preparationDone": 0, "submittedAt": "2026-12-01T10:00:00Z" } ],
          "page": {{page}}, "pageSize": 200, "total": {{total}} }
        """;

    private Task<ParticipantDirectory> LoadAsync() =>
        ParticipantDirectory.LoadAsync(Services.GetRequiredService<EnrollmentClient>(), _programmeId);

    [Fact]
    public async Task Every_page_is_read_once_and_each_person_kept_under_their_role()
    {
        Gateway.Answer(Route(1), HttpStatusCode.OK, Page(1, 950, "Amina"))
            .Answer(Route(2), HttpStatusCode.OK, Page(2, 950, "Bilal"))
            .Answer(Route(3), HttpStatusCode.OK, Page(3, 950, "Chloé", role: "mentor"))
            .Answer(Route(4), HttpStatusCode.OK, Page(4, 950, "Dries"))
            .Answer(Route(5), HttpStatusCode.OK, Page(5, 950, "Eva"));

        var directory = await LoadAsync();

        Assert.Equal(["Amina P1", "Bilal P2", "Dries P4", "Eva P5"], directory.Mentees.Select(m => m.Name));
        Assert.Equal(["Chloé P3"], directory.Mentors.Select(m => m.Name));
        Assert.Equal([.. Enumerable.Range(1, 5).Select(Route)], Gateway.Requests.Select(r => r.Route));
    }

    [Fact]
    public async Task A_page_that_fails_leaves_the_names_of_the_others()
    {
        Gateway.Answer(Route(1), HttpStatusCode.OK, Page(1, 450, "Amina"))
            .Fail(Route(2))
            .Answer(Route(3), HttpStatusCode.OK, Page(3, 450, "Chloé"));

        var directory = await LoadAsync();

        Assert.Equal(["Amina P1", "Chloé P3"], directory.Mentees.Select(m => m.Name));
    }
}
