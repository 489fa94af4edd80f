using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Mentorship.Enrollment.Contracts;
using Mentorship.ServiceDefaults.Backend.Messaging;
using Mentorship.ServiceDefaults.Backend.Outbox;
using Mentorship.ServiceDefaults.Hosting;
using Mentorship.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static Mentorship.Enrollment.Tests.Integration.EnrollmentRequests;

namespace Mentorship.Enrollment.Tests.Integration;

/// <summary>The address Messaging mails to leaves Enrollment once, with the approval, to Messaging's queue alone.</summary>
public sealed class MailContactTests(EnrollmentFactory factory) : IClassFixture<EnrollmentFactory>
{
    [Fact]
    public async Task Approving_sends_the_contact_once_to_the_mail_queue_with_the_approval()
    {
        var (programme, mentee, id) = await SubmitMenteeAsync(" amina@example.org ");
        var coordinator = factory.CreateClient(TestUser.Coordinator(programme));
        await coordinator.PostAsync($"/api/applications/{id}/preparation/individual-interview", null);

        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsync($"/api/applications/{id}/approve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsync($"/api/applications/{id}/approve", null)).StatusCode);

        var rows = await OutboxRowsOfAsync(mentee.PersonId);
        var approved = Assert.Single(rows, r => r.MessageType == MessageTypeNames.Of(typeof(ApplicationApproved)));
        var sent = Assert.Single(rows, r => r.MessageType == MessageTypeNames.Of(typeof(MailContactShared)));
        Assert.Null(approved.Destination);
        Assert.Equal(MailQueue().ToString(), sent.Destination);
        var contact = Deserialize<MailContactShared>(sent.Body);
        // Both built from the one approval, stored by its one SaveChanges.
        Assert.Equal(Deserialize<ApplicationApproved>(approved.Body).ApprovedAt, contact.SharedAt);
        Assert.Equal((mentee.PersonId, programme, "amina@example.org", "fr"), (contact.PersonId, contact.ProgrammeId, contact.Email, contact.Language));
        Assert.DoesNotContain("example.org", approved.Body);
        Assert.DoesNotContain("Amina", approved.Body);
    }

    [Fact]
    public async Task A_refused_approval_shares_no_contact()
    {
        var (programme, mentee, id) = await SubmitMenteeAsync("amina@example.org");

        var refused = await factory.CreateClient(TestUser.Coordinator(programme)).PostAsync($"/api/applications/{id}/approve", null);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        // The submission's own announcement only: the refusal added nothing.
        var submitted = Assert.Single(await OutboxRowsOfAsync(mentee.PersonId));
        Assert.Equal(MessageTypeNames.Of(typeof(ApplicationSubmitted)), submitted.MessageType);
    }

    [Fact]
    public async Task The_contact_reaches_a_receiver_bound_to_the_mail_queue()
    {
        var received = new TaskCompletionSource<MailContactShared>(TaskCreationOptions.RunContinuationsAsynchronously);
        var queue = MailQueue().AbsolutePath;
        var receiver = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(new Uri(factory.Services.GetRequiredService<IConfiguration>().GetConnectionString(ResourceNames.EventBus)!));
            rabbit.ReceiveEndpoint(queue, endpoint => endpoint.Handler<MailContactShared>(context =>
            {
                received.TrySetResult(context.Message);
                return Task.CompletedTask;
            }));
        });
        await receiver.StartAsync(CancellationToken.None);
        try
        {
            var (programme, mentee, id) = await SubmitMenteeAsync("amina@example.org");
            var coordinator = factory.CreateClient(TestUser.Coordinator(programme));
            await coordinator.PostAsync($"/api/applications/{id}/preparation/individual-interview", null);
            await coordinator.PostAsync($"/api/applications/{id}/approve", null);

            var contact = await received.Task.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Equal((mentee.PersonId, "amina@example.org"), (contact.PersonId, contact.Email));
        }
        finally
        {
            await receiver.StopAsync(CancellationToken.None);
        }
    }

    private async Task<(Guid Programme, TestUser Mentee, Guid Application)> SubmitMenteeAsync(string email)
    {
        var programme = await factory.CreateProgrammeAsync();
        var mentee = TestUser.Mentee();
        var body = JsonSerializer.SerializeToNode(Application("mentee", EligibleMenteeAnswers))!.AsObject();
        body["person"]!["email"] = email;
        var response = await factory.CreateClient(mentee).PostAsJsonAsync($"/api/programmes/{programme}/applications", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (programme, mentee, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
    }

    private Uri MailQueue() =>
        factory.Services.GetRequiredService<IOptions<MessagingOptions>>().Value.QueueAddress(MailContactShared.Queue);

    private async Task<List<OutboxMessage>> OutboxRowsOfAsync(Guid personId)
    {
        var rows = await factory.QueryAsync<Data.EnrollmentDbContext, List<OutboxMessage>>(db =>
            db.Set<OutboxMessage>().AsNoTracking().OrderBy(m => m.Sequence).ToListAsync());
        return rows.Where(r => r.Body.Contains(personId.ToString(), StringComparison.Ordinal)).ToList();
    }

    private static T Deserialize<T>(string body) =>
        JsonSerializer.Deserialize<T>(body, MassTransit.Serialization.SystemTextJsonMessageSerializer.Options)!;
}
