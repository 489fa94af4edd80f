using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Mentorship.Enrollment.Contracts;
using Mentorship.Identity.Tests.Support;
using Mentorship.ServiceDefaults.Identity;
using Mentorship.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.Identity.Tests.Privacy;

/// <summary>GET /api/people/{personId}/export, Identity's part: the account, roles and memberships, to the person, ops and their programmes' admins.</summary>
public sealed class PersonExportTests(IdentityFactory identity) : IClassFixture<IdentityFactory>
{
    [Fact]
    public async Task The_person_gets_their_account_their_roles_and_their_programmes()
    {
        var (person, email, staffed, participated) = await PersonInTwoProgrammesAsync();

        using var client = identity.CreateClient(DevelopmentTokens.Create(person, "Person", [PlatformRoles.Mentee], []));
        var export = await client.GetFromJsonAsync<JsonElement>($"/api/people/{person}/export");

        var tables = export.GetProperty("tables");
        Assert.Equal(email, Assert.Single(tables.GetProperty("people").EnumerateArray()).GetProperty("email").GetString());
        Assert.Equal(staffed, Assert.Single(tables.GetProperty("staff_assignments").EnumerateArray()).GetProperty("programme_id").GetGuid());
        Assert.Equal(participated, Assert.Single(tables.GetProperty("programme_participants").EnumerateArray()).GetProperty("programme_id").GetGuid());
        Assert.Single(tables.GetProperty("staff_audit").EnumerateArray());
        Assert.True(tables.TryGetProperty("sign_in_codes", out _) is false, "codes are kept by address, not by person id");
    }

    [Fact]
    public async Task Ops_and_the_admins_of_the_persons_programmes_may_read_it_and_nobody_else()
    {
        var (person, _, staffed, participated) = await PersonInTwoProgrammesAsync();

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(TestUser.Ops(), person));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(TestUser.ProgrammeAdmin(staffed), person));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(TestUser.ProgrammeAdmin(participated), person));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(TestUser.ProgrammeAdmin(Guid.NewGuid()), person));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(TestUser.Coordinator(participated), person));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(TestUser.Mentee(), person));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(TestUser.Ops(), Guid.NewGuid()));
    }

    [Fact]
    public async Task The_admins_of_a_programme_the_person_only_applied_to_may_read_it_and_other_admins_may_not()
    {
        var applied = Guid.NewGuid();
        var person = await new SignInFlow(identity).SignInAsync(SignInFlow.NewEmail());
        await identity.Services.GetRequiredService<IBus>().Publish(new ApplicationSubmitted(Guid.NewGuid(), applied, person, DateTimeOffset.UtcNow));
        await Eventually.True(
            () => identity.QueryAsync(db => db.ProgrammeParticipants.AnyAsync(p => p.PersonId == person && p.ProgrammeId == applied)),
            "the application recorded",
            20);

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(TestUser.ProgrammeAdmin(applied), person));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(TestUser.ProgrammeAdmin(Guid.NewGuid()), person));
    }

    /// <summary>A signed-in person, coordinator of one programme and approved as a mentee in another (Enrollment's event).</summary>
    private async Task<(Guid Person, string Email, Guid Staffed, Guid Participated)> PersonInTwoProgrammesAsync()
    {
        var (staffed, participated) = (Guid.NewGuid(), Guid.NewGuid());
        var email = SignInFlow.NewEmail();
        var person = await new SignInFlow(identity).SignInAsync(email);
        await identity.GrantAsync(staffed, person, PlatformRoles.Coordinator);
        var profile = new MatchingProfile("BE-BRU", [], null, [], null, ["fr"], [], [], 1, []);
        await identity.Services.GetRequiredService<IBus>().Publish(
            new ApplicationApproved(Guid.NewGuid(), participated, person, "mentee", "fr", profile, DateTimeOffset.UtcNow));
        await Eventually.True(
            () => identity.QueryAsync(db => db.ProgrammeParticipants.AnyAsync(p => p.PersonId == person && p.ProgrammeId == participated)),
            "the approval recorded",
            20);
        return (person, email, staffed, participated);
    }

    private async Task<HttpStatusCode> StatusAsync(TestUser caller, Guid personId)
    {
        using var client = identity.CreateClient(DevelopmentTokens.Create(caller.PersonId, caller.Name, caller.Roles, caller.Programmes));
        using var response = await client.GetAsync($"/api/people/{personId}/export");
        return response.StatusCode;
    }
}
