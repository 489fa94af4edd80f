using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mentorship.Enrollment.Contracts;
using Mentorship.Enrollment.Data;
using Mentorship.ServiceDefaults.Hosting;
using Mentorship.Testing;
using Microsoft.EntityFrameworkCore;
using static Mentorship.Enrollment.Tests.Integration.EnrollmentRequests;

namespace Mentorship.Enrollment.Tests.Integration;

/// <summary>DELETE /api/people/{personId}: one erasure per person, Enrollment's own part applied once, and its status.</summary>
public sealed class PersonErasureTests(ErasureFactory factory) : IClassFixture<ErasureFactory>
{
    [Fact]
    public async Task Erasing_deletes_the_persons_applications_and_reports_enrollment_completed()
    {
        var (programme, mentee) = await ApplyAsync();
        var client = factory.CreateClient(mentee);

        var response = await client.DeleteAsync($"/api/people/{mentee.PersonId}");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal($"/api/people/{mentee.PersonId}/erasure", response.Headers.Location?.OriginalString);
        var requested = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("pending", requested.GetProperty("status").GetString());
        Assert.Equal(ResourceNames.Backends.Order(), requested.GetProperty("services").EnumerateArray().Select(s => s.GetProperty("service").GetString()).Order());
        var enrollment = await ServiceFactory<Program>.EventuallyAsync<object>(async () =>
        {
            var view = await client.GetFromJsonAsync<JsonElement>(response.Headers.Location);
            var part = view.GetProperty("services").EnumerateArray().Single(s => s.GetProperty("service").GetString() == "enrollment");
            return part.GetProperty("status").GetString() == "completed" ? view : null;
        });
        Assert.Equal("pending", ((JsonElement)enrollment).GetProperty("status").GetString());
        Assert.Equal(0, await factory.QueryAsync<EnrollmentDbContext, int>(db => db.Applications.CountAsync(a => a.PersonId == mentee.PersonId)));
        Assert.Equal(0, await factory.QueryAsync<EnrollmentDbContext, int>(db => db.Applications.CountAsync(a => a.ProgrammeId == programme)));
    }

    [Fact]
    public async Task The_erasure_waits_for_all_six_services_identity_included_and_completes_with_the_last_receipt()
    {
        var (mentee, client, erasureId) = await ErasureRequestedAsync();

        foreach (var service in new[] { ResourceNames.Matching, ResourceNames.Pairing, ResourceNames.Messaging, ResourceNames.Evaluation })
            await factory.PublishAsync(new PersonErased(erasureId, service, DateTimeOffset.UtcNow));
        var withoutIdentity = await StatusWhenAsync(client, mentee, view => Completed(view) == 5);
        await factory.PublishAsync(new PersonErased(erasureId, ResourceNames.Identity, DateTimeOffset.UtcNow));
        var complete = await StatusWhenAsync(client, mentee, view => Completed(view) == 6);

        Assert.Equal("pending", withoutIdentity.GetProperty("status").GetString());
        Assert.Equal("pending", withoutIdentity.GetProperty("services").EnumerateArray().Single(s => s.GetProperty("service").GetString() == ResourceNames.Identity).GetProperty("status").GetString());
        Assert.Equal("completed", complete.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.String, complete.GetProperty("completedAt").ValueKind);
    }

    [Fact]
    public async Task An_erasure_requested_before_identity_joined_waits_for_the_five_services_it_was_sent_to()
    {
        var (mentee, client, erasureId) = await ErasureRequestedAsync();
        // As the migration left the erasures requested before Identity was on the bus.
        string[] older = [ResourceNames.Enrollment, ResourceNames.Matching, ResourceNames.Pairing, ResourceNames.Messaging, ResourceNames.Evaluation];
        await factory.QueryAsync<EnrollmentDbContext, int>(db => db.Database.ExecuteSqlAsync($"UPDATE person_erasures SET services = {older} WHERE id = {erasureId}"));

        foreach (var service in older[1..])
            await factory.PublishAsync(new PersonErased(erasureId, service, DateTimeOffset.UtcNow));
        var complete = await StatusWhenAsync(client, mentee, view => Completed(view) == 5);

        Assert.Equal("completed", complete.GetProperty("status").GetString());
        Assert.Equal(older.Order(), complete.GetProperty("services").EnumerateArray().Select(s => s.GetProperty("service").GetString()).Order());
    }

    /// <summary>An applicant who asked for their erasure: their client and the erasure's id.</summary>
    private async Task<(TestUser Mentee, HttpClient Client, Guid ErasureId)> ErasureRequestedAsync()
    {
        var (_, mentee) = await ApplyAsync();
        var client = factory.CreateClient(mentee);
        using var response = await client.DeleteAsync($"/api/people/{mentee.PersonId}");
        return (mentee, client, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("erasureId").GetGuid());
    }

    private static int Completed(JsonElement view) =>
        view.GetProperty("services").EnumerateArray().Count(s => s.GetProperty("status").GetString() == "completed");

    private static async Task<JsonElement> StatusWhenAsync(HttpClient client, TestUser person, Func<JsonElement, bool> condition) =>
        (JsonElement)await ServiceFactory<Program>.EventuallyAsync<object>(async () =>
        {
            var view = await client.GetFromJsonAsync<JsonElement>($"/api/people/{person.PersonId}/erasure");
            return condition(view) ? view : null;
        });

    [Fact]
    public async Task A_second_erasure_request_answers_with_the_first()
    {
        var (_, mentee) = await ApplyAsync();
        var client = factory.CreateClient(mentee);

        var responses = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => client.DeleteAsync($"/api/people/{mentee.PersonId}")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));
        var ids = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("erasureId").GetGuid()));
        Assert.Single(ids.Distinct());
        // At most one: Enrollment applies the erasure itself and then forgets the dispatched messages that
        // name the person, this request among them, so a fast consumer can leave none to count.
        var requests = await factory.PublishedAsync<PersonErasureRequested>();
        Assert.InRange(requests.Count(r => r.ErasureId == ids[0]), 0, 1);
        var status = await client.GetFromJsonAsync<JsonElement>($"/api/people/{mentee.PersonId}/erasure");
        Assert.Equal(ids[0], status.GetProperty("erasureId").GetGuid());
    }

    [Fact]
    public async Task The_erasure_request_delivered_twice_is_applied_and_confirmed_once()
    {
        var (programme, mentee) = await ApplyAsync();
        await factory.AssertExportedAsync(mentee, programme, "applications");

        await factory.AssertErasedOnceAsync(mentee.PersonId, ResourceNames.Enrollment);

        await ServiceFactory<Program>.EventuallyAsync(() => Task.FromResult<object?>(factory.Logs!.Lines.Any(line =>
            line.Contains(nameof(PersonErasureRequested), StringComparison.Ordinal) && line.Contains("already applied", StringComparison.Ordinal)) ? true : null));
        Assert.Equal(0, await factory.QueryAsync<EnrollmentDbContext, int>(db => db.Applications.CountAsync(a => a.PersonId == mentee.PersonId)));
    }

    [Fact]
    public async Task Bad_erasure_requests_are_refused_and_change_nothing()
    {
        var (programme, mentee) = await ApplyAsync();
        var other = factory.CreateClient(TestUser.Mentee());

        var malformed = await other.DeleteAsync("/api/people/not-a-uuid");
        var unknown = await factory.CreateClient(TestUser.Ops()).DeleteAsync($"/api/people/{Guid.NewGuid()}");
        var someoneElse = await other.DeleteAsync($"/api/people/{mentee.PersonId}");
        var otherAdmin = await factory.CreateClient(TestUser.ProgrammeAdmin(Guid.NewGuid())).DeleteAsync($"/api/people/{mentee.PersonId}");
        var noErasure = await factory.CreateClient(mentee).GetAsync($"/api/people/{mentee.PersonId}/erasure");

        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Contains("UUID", await malformed.ValidationErrorAsync("personId"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, someoneElse.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherAdmin.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noErasure.StatusCode);
        Assert.Equal(1, await factory.QueryAsync<EnrollmentDbContext, int>(db => db.Applications.CountAsync(a => a.PersonId == mentee.PersonId)));

        var admin = await factory.CreateClient(TestUser.ProgrammeAdmin(programme)).DeleteAsync($"/api/people/{mentee.PersonId}");
        Assert.Equal(HttpStatusCode.Accepted, admin.StatusCode);
    }

    [Fact]
    public async Task The_export_part_gives_the_person_their_applications_and_refuses_others()
    {
        var (programme, mentee) = await ApplyAsync();
        var path = $"/api/people/{mentee.PersonId}/export";

        var own = await factory.CreateClient(mentee).GetAsync(path);
        var admin = await factory.CreateClient(TestUser.ProgrammeAdmin(programme)).GetAsync(path);
        var someoneElse = await factory.CreateClient(TestUser.Mentee()).GetAsync(path);
        var unknown = await factory.CreateClient(TestUser.Ops()).GetAsync($"/api/people/{Guid.NewGuid()}/export");
        var malformed = await factory.CreateClient(mentee).GetAsync("/api/people/42/export");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        var data = await own.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("enrollment", data.GetProperty("service").GetString());
        var application = Assert.Single(data.GetProperty("tables").GetProperty("applications").EnumerateArray());
        Assert.Equal("amina@example.org", application.GetProperty("person").GetProperty("Email").GetString());
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, someoneElse.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
    }

    private async Task<(Guid Programme, TestUser Mentee)> ApplyAsync()
    {
        var programme = await factory.CreateProgrammeAsync();
        var mentee = TestUser.Mentee();
        await factory.CreateClient(mentee).SubmitAsync(programme, Application("mentee", EligibleMenteeAnswers));
        return (programme, mentee);
    }
}
