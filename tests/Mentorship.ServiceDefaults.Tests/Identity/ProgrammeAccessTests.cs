using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using FluentValidation;
using Mentorship.ServiceDefaults.Http;
using Mentorship.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.ServiceDefaults.Tests.Identity;

/// <summary>Both programme staff filters, on a bare host whose caller's grants come in a test header.</summary>
public sealed class ProgrammeAccessTests : IAsyncLifetime
{
    private const string GrantHeader = "X-Test-Grant";
    private const string Refusal = "Notes are kept by the programme's coordinators.";

    private static readonly Guid ProgrammeA = Guid.NewGuid();
    private static readonly Guid ProgrammeB = Guid.NewGuid();
    private static readonly Guid NoteOfA = Guid.NewGuid();

    private static readonly ProgrammeScopedEntity Note = new(
        "note", "noteId", (_, id, _) => Task.FromResult(id == NoteOfA ? ProgrammeA : (Guid?)null));

    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton<IValidator<NoteBody>>(new InlineValidator<NoteBody> { v => v.RuleFor(n => n.Text).NotEmpty() });
        _app = builder.Build();
        _app.Use((http, next) =>
        {
            var claims = http.Request.Headers[GrantHeader]
                .Select(grant => grant == PlatformRoles.Ops ? new Claim(PlatformClaims.Roles, grant!) : new Claim(PlatformClaims.ProgrammeRoles, grant!))
                .Prepend(new Claim(PlatformClaims.Subject, Guid.NewGuid().ToString()));
            http.User = new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
            return next(http);
        });
        _app.MapPost("/api/programmes/{programmeId:guid}/notes", (NoteBody body) => TypedResults.Ok(body))
            .RequireProgrammeStaff(Refusal, PlatformRoles.Coordinator)
            .WithValidation<NoteBody>();
        _app.MapPut("/api/notes/{noteId:guid}", (NoteBody body) => TypedResults.Ok(body))
            .RequireProgrammeStaff(Note, Refusal, PlatformRoles.Coordinator)
            .WithValidation<NoteBody>();
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task Another_programmes_staff_are_refused_before_the_body_is_validated()
    {
        var response = await SendAsync(HttpMethod.Post, $"/api/programmes/{ProgrammeA}/notes", new NoteBody(""), Coordinator(ProgrammeB));

        await AssertForbiddenAsync(response);
    }

    [Fact]
    public async Task The_programmes_staff_pass_to_validation_and_the_handler()
    {
        var invalid = await SendAsync(HttpMethod.Post, $"/api/programmes/{ProgrammeA}/notes", new NoteBody(""), Coordinator(ProgrammeA));
        var valid = await SendAsync(HttpMethod.Post, $"/api/programmes/{ProgrammeA}/notes", new NoteBody("met"), Coordinator(ProgrammeA));

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
    }

    [Fact]
    public async Task Another_role_in_the_same_programme_is_refused()
    {
        var response = await SendAsync(HttpMethod.Post, $"/api/programmes/{ProgrammeA}/notes", new NoteBody("met"),
            ProgrammeRoleClaims.Format(ProgrammeA, PlatformRoles.Referent));

        await AssertForbiddenAsync(response);
    }

    [Fact]
    public async Task Ops_are_allowed_on_both_kinds_of_route()
    {
        var programme = await SendAsync(HttpMethod.Post, $"/api/programmes/{ProgrammeA}/notes", new NoteBody("met"), PlatformRoles.Ops);
        var entity = await SendAsync(HttpMethod.Put, $"/api/notes/{NoteOfA}", new NoteBody("met"), PlatformRoles.Ops);

        Assert.Equal(HttpStatusCode.OK, programme.StatusCode);
        Assert.Equal(HttpStatusCode.OK, entity.StatusCode);
    }

    [Fact]
    public async Task An_entity_is_open_to_its_programmes_staff_and_refused_to_another_programmes_before_validation()
    {
        var own = await SendAsync(HttpMethod.Put, $"/api/notes/{NoteOfA}", new NoteBody("met"), Coordinator(ProgrammeA));
        var other = await SendAsync(HttpMethod.Put, $"/api/notes/{NoteOfA}", new NoteBody(""), Coordinator(ProgrammeB));

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        await AssertForbiddenAsync(other);
    }

    [Fact]
    public async Task An_unknown_entity_is_a_404_naming_it_whoever_asks()
    {
        var unknown = Guid.NewGuid();

        var response = await SendAsync(HttpMethod.Put, $"/api/notes/{unknown}", new NoteBody(""), Coordinator(ProgrammeA));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("The note was not found.", problem.GetProperty("title").GetString());
        Assert.Equal($"No note has id {unknown}.", problem.GetProperty("detail").GetString());
    }

    private static string Coordinator(Guid programmeId) => ProgrammeRoleClaims.Format(programmeId, PlatformRoles.Coordinator);

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, NoteBody body, string grant)
    {
        var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        request.Headers.Add(GrantHeader, grant);
        return _client.SendAsync(request);
    }

    private static async Task AssertForbiddenAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("You may not do this.", problem.GetProperty("title").GetString());
        Assert.Equal(Refusal, problem.GetProperty("detail").GetString());
    }

    public sealed record NoteBody(string Text);
}
