using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Mentorship.Enrollment.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Mentorship.Testing;

/// <summary>What every service's erasure test does alike: read the service's export part, and erase with a request delivered twice.</summary>
public static class PersonDataRequests
{
    /// <summary>
    /// Waits until the person's export part holds rows of this table, then checks who may read it: the
    /// person and an admin of the programme, not another participant. Returns the rows.
    /// </summary>
    public static async Task<JsonElement> AssertExportedAsync<TProgram>(this ServiceFactory<TProgram> factory, TestUser person, Guid programmeId, string table)
        where TProgram : class
    {
        var rows = await ServiceFactory<TProgram>.EventuallyAsync(async () =>
        {
            var export = await factory.CreateClient(person).GetFromJsonAsync<JsonElement>($"/api/people/{person.PersonId}/export");
            return export.GetProperty("tables").TryGetProperty(table, out var found) ? (object)found : null;
        });
        Assert.Equal(HttpStatusCode.OK, await factory.ExportStatusAsync(TestUser.ProgrammeAdmin(programmeId), person.PersonId));
        Assert.Equal(HttpStatusCode.Forbidden, await factory.ExportStatusAsync(TestUser.Mentee(), person.PersonId));
        return (JsonElement)rows;
    }

    /// <summary>
    /// Publishes an erasure request twice under one message id, as a redelivery does, and checks the
    /// service confirmed it once and holds nothing on the person any more (its export part is a 404).
    /// </summary>
    public static async Task AssertErasedOnceAsync<TProgram>(this ServiceFactory<TProgram> factory, Guid personId, string service)
        where TProgram : class
    {
        var request = new PersonErasureRequested(Guid.NewGuid(), personId, DateTimeOffset.UtcNow);
        var bus = factory.Services.GetRequiredService<IBus>();
        var messageId = NewId.NextGuid();
        await bus.Publish(request, context => context.MessageId = messageId);
        await bus.Publish(request, context => context.MessageId = messageId);

        await ServiceFactory<TProgram>.EventuallyAsync(async () =>
            (await factory.PublishedAsync<PersonErased>()).Any(e => e.ErasureId == request.ErasureId) ? (object)true : null);
        Assert.Single(await factory.PublishedAsync<PersonErased>(), e => e.ErasureId == request.ErasureId && e.Service == service);
        Assert.Equal(HttpStatusCode.NotFound, await factory.ExportStatusAsync(TestUser.Ops(), personId));
    }

    public static async Task<HttpStatusCode> ExportStatusAsync<TProgram>(this ServiceFactory<TProgram> factory, TestUser caller, Guid personId)
        where TProgram : class
    {
        using var response = await factory.CreateClient(caller).GetAsync($"/api/people/{personId}/export");
        return response.StatusCode;
    }
}
