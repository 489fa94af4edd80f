using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mentorship.Identity.Contracts;
using Mentorship.Identity.Domain;
using Mentorship.Identity.Tests.Support;
using Mentorship.ServiceDefaults.Identity;
using Mentorship.Testing;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Identity.Tests.Staff;

public sealed class StaffApiTests(IdentityFactory identity) : IClassFixture<IdentityFactory>
{
    [Fact]
    public async Task Ops_grants_and_revokes_a_role_and_both_are_audited()
    {
        var programme = Guid.NewGuid();
        var person = await SignedInPersonAsync();
        var ops = Guid.NewGuid();
        using var client = identity.CreateClient(DevelopmentTokens.Create(ops, "Ops", [PlatformRoles.Ops], []));

        using var granted = await client.PostAsJsonAsync($"/api/programmes/{programme}/staff", new { personId = person, role = PlatformRoles.Coordinator });
        Assert.Equal(HttpStatusCode.Created, granted.StatusCode);
        var staff = await client.GetFromJsonAsync<JsonElement>($"/api/programmes/{programme}/staff");
        var member = Assert.Single(staff.EnumerateArray());
        Assert.Equal(person, member.GetProperty("personId").GetGuid());
        Assert.Equal(PlatformRoles.Coordinator, member.GetProperty("role").GetString());

        using var revoked = await client.DeleteAsync($"/api/programmes/{programme}/staff/{person}/{PlatformRoles.Coordinator}");
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.Empty((await client.GetFromJsonAsync<JsonElement>($"/api/programmes/{programme}/staff")).EnumerateArray());

        var audit = await identity.QueryAsync(db => db.StaffAudit.Where(e => e.ProgrammeId == programme).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal([StaffChange.Granted, StaffChange.Revoked], audit.Select(e => e.Change));
        Assert.All(audit, entry => Assert.Equal((ops, person, PlatformRoles.Coordinator), (entry.ActorId, entry.PersonId, entry.Role)));
    }

    [Fact]
    public async Task A_grant_and_a_revocation_are_announced_with_ids_only_and_a_refused_grant_announces_nothing()
    {
        var programme = Guid.NewGuid();
        var person = await SignedInPersonAsync();
        using var client = identity.CreateClient(DevelopmentTokens.Create(Guid.NewGuid(), "Ops", [PlatformRoles.Ops], []));

        using var granted = await client.PostAsJsonAsync($"/api/programmes/{programme}/staff", new { personId = person, role = PlatformRoles.Referent });
        using var again = await client.PostAsJsonAsync($"/api/programmes/{programme}/staff", new { personId = person, role = PlatformRoles.Referent });
        using var revoked = await client.DeleteAsync($"/api/programmes/{programme}/staff/{person}/{PlatformRoles.Referent}");
        using var revokedAgain = await client.DeleteAsync($"/api/programmes/{programme}/staff/{person}/{PlatformRoles.Referent}");

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Conflict), (granted.StatusCode, again.StatusCode));
        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NotFound), (revoked.StatusCode, revokedAgain.StatusCode));
        var grant = Assert.Single(await identity.QueryAsync(db => OutboxMessages.PublishedAsync<StaffRoleGranted>(db)), e => e.ProgrammeId == programme);
        var revocation = Assert.Single(await identity.QueryAsync(db => OutboxMessages.PublishedAsync<StaffRoleRevoked>(db)), e => e.ProgrammeId == programme);
        var audit = await identity.QueryAsync(db => db.StaffAudit.Where(e => e.ProgrammeId == programme).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal((person, PlatformRoles.Referent), (grant.PersonId, grant.Role));
        Assert.Equal((person, PlatformRoles.Referent), (revocation.PersonId, revocation.Role));
        // PostgreSQL keeps microseconds, the event the clock's ticks: the same instant within that.
        Assert.True((grant.GrantedAt - audit[0].At).Duration() < TimeSpan.FromMilliseconds(1));
        Assert.True((revocation.RevokedAt - audit[1].At).Duration() < TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task A_programme_admin_signed_in_with_an_identity_token_manages_their_programme_only()
    {
        var programme = Guid.NewGuid();
        var flow = new SignInFlow(identity);
        var admin = await flow.SignInAsync(SignInFlow.NewEmail("admin"));
        await identity.GrantAsync(programme, admin, PlatformRoles.ProgrammeAdmin);
        var tokens = await flow.TokensAsync();
        var colleague = await SignedInPersonAsync();
        using var client = identity.CreateClient(tokens.AccessToken);

        using var inTheirs = await client.PostAsJsonAsync($"/api/programmes/{programme}/staff", new { personId = colleague, role = PlatformRoles.Referent });
        using var inAnother = await client.PostAsJsonAsync($"/api/programmes/{Guid.NewGuid()}/staff", new { personId = colleague, role = PlatformRoles.Referent });

        Assert.Equal(HttpStatusCode.Created, inTheirs.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, inAnother.StatusCode);
    }

    [Fact]
    public async Task A_coordinator_of_the_programme_may_not_manage_its_staff()
    {
        var programme = Guid.NewGuid();
        var person = await SignedInPersonAsync();
        using var client = identity.CreateClient(DevelopmentTokens.Create(Guid.NewGuid(), "Coordinator", [PlatformRoles.Coordinator], [programme]));

        using var response = await client.PostAsJsonAsync($"/api/programmes/{programme}/staff", new { personId = person, role = "wizard" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_anonymous_caller_is_refused()
    {
        using var client = identity.CreateClient();

        using var response = await client.GetAsync($"/api/programmes/{Guid.NewGuid()}/staff");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("wizard", true, "role")]
    [InlineData(null, true, "role")]
    [InlineData("referent", false, "personId")]
    public async Task A_bad_grant_is_refused_naming_the_field(string? role, bool knownPerson, string field)
    {
        var person = knownPerson ? await SignedInPersonAsync() : Guid.NewGuid();
        using var client = identity.CreateClient(DevelopmentTokens.Create(Guid.NewGuid(), "Ops", [PlatformRoles.Ops], []));

        using var response = await client.PostAsJsonAsync($"/api/programmes/{Guid.NewGuid()}/staff", new { personId = person, role });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"no error for {field}");
    }

    [Fact]
    public async Task Granting_a_role_held_already_is_a_conflict_and_revoking_an_unknown_grant_is_not_found()
    {
        var programme = Guid.NewGuid();
        var person = await SignedInPersonAsync();
        await identity.GrantAsync(programme, person, PlatformRoles.Researcher);
        using var client = identity.CreateClient(DevelopmentTokens.Create(Guid.NewGuid(), "Ops", [PlatformRoles.Ops], []));

        using var again = await client.PostAsJsonAsync($"/api/programmes/{programme}/staff", new { personId = person, role = PlatformRoles.Researcher });
        using var unknown = await client.DeleteAsync($"/api/programmes/{programme}/staff/{person}/{PlatformRoles.Referent}");
        using var badRole = await client.DeleteAsync($"/api/programmes/{programme}/staff/{person}/wizard");

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badRole.StatusCode);
    }

    [Fact]
    public async Task A_refused_grant_is_explained_in_the_callers_language()
    {
        var programme = Guid.NewGuid();
        var person = await SignedInPersonAsync();
        await identity.GrantAsync(programme, person, PlatformRoles.Researcher);
        using var ops = identity.CreateClient(DevelopmentTokens.Create(Guid.NewGuid(), "Ops", [PlatformRoles.Ops], []));
        ops.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        using var coordinator = identity.CreateClient(DevelopmentTokens.Create(Guid.NewGuid(), "Coordinator", [PlatformRoles.Coordinator], [programme]));
        coordinator.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl-BE");

        using var again = await ops.PostAsJsonAsync($"/api/programmes/{programme}/staff", new { personId = person, role = PlatformRoles.Researcher });
        using var notAdmin = await coordinator.PostAsJsonAsync($"/api/programmes/{programme}/staff", new { personId = person, role = PlatformRoles.Referent });

        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.Forbidden), (again.StatusCode, notAdmin.StatusCode));
        Assert.Equal(
            $"Cette personne a déjà le rôle {PlatformRoles.Researcher} dans ce programme.",
            (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        var forbidden = await notAdmin.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(
            ("U mag dit niet doen.", "Alleen een beheerder van dit programma, of het operationele team, beheert het programmateam."),
            (forbidden.GetProperty("title").GetString(), forbidden.GetProperty("detail").GetString()));
    }

    private async Task<Guid> SignedInPersonAsync() => await new SignInFlow(identity).SignInAsync(SignInFlow.NewEmail());
}
