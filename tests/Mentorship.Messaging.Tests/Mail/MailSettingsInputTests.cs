using System.Net;
using System.Net.Http.Json;
using Mentorship.Messaging.Apis.Models;
using Mentorship.Messaging.Tests.Integration;
using Mentorship.Testing;

namespace Mentorship.Messaging.Tests.Mail;

public sealed class MailSettingsInputTests(MessagingFactory factory) : IClassFixture<MessagingFactory>
{
    public static TheoryData<string, string> BadPersonalSettings => new()
    {
        { """{"language":"de"}""", "language" },
        { """{"address":"not-an-address"}""", "address" },
        { """{"address":"Name <a@example.org>"}""", "address" },
        { """{"kinds":{"mentee-proposed":"weekly"}}""", "kinds.mentee-proposed" },
        { """{"kinds":{"no-such-kind":"off"}}""", "kinds.no-such-kind" },
    };

    [Theory]
    [MemberData(nameof(BadPersonalSettings))]
    public async Task Bad_personal_mail_settings_are_refused_naming_the_field_and_change_nothing(string body, string field)
    {
        var person = TestUser.Mentee();
        var response = await factory.CreateClient(person).PutAsync("/api/me/mail-settings", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Contains(field, (await response.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
        var settings = await (await factory.CreateClient(person).GetAsync("/api/me/mail-settings")).ReadAsync<MailSettingsView>();
        Assert.Equal((null, null), (settings.Language, settings.Address));
        Assert.All(settings.Kinds.Values, mode => Assert.Equal("immediate", mode));
    }

    [Theory]
    [InlineData("""{"staffAddress":"team at example"}""", "staffAddress")]
    [InlineData("""{"signature":"   "}""", "signature")]
    public async Task Bad_programme_mail_settings_are_refused_naming_the_field(string body, string field)
    {
        var programmeId = Guid.NewGuid();
        var response = await factory.CreateClient(TestUser.Coordinator(programmeId))
            .PutAsync($"/api/programmes/{programmeId}/mail-settings", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Contains(field, (await response.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
    }

    [Fact]
    public async Task A_signature_longer_than_allowed_is_refused()
    {
        var programmeId = Guid.NewGuid();
        var response = await factory.CreateClient(TestUser.Coordinator(programmeId))
            .PutAsJsonAsync($"/api/programmes/{programmeId}/mail-settings", new { signature = new string('x', 201) }, Api.Json);

        Assert.Contains("signature", (await response.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
    }

    [Fact]
    public async Task Another_programme_s_mail_settings_are_refused_to_its_outsiders_and_mentees()
    {
        var programmeId = Guid.NewGuid();
        foreach (var outsider in new[] { TestUser.Coordinator(Guid.NewGuid()), TestUser.Referent(programmeId), TestUser.Mentee() })
        {
            var client = factory.CreateClient(outsider);
            await (await client.GetAsync($"/api/programmes/{programmeId}/mail-settings")).ProblemAsync(HttpStatusCode.Forbidden);
            await (await client.PutAsJsonAsync($"/api/programmes/{programmeId}/mail-settings", new { staffAddress = "x@example.org" }, Api.Json))
                .ProblemAsync(HttpStatusCode.Forbidden);
        }

        var coordinator = factory.CreateClient(TestUser.Coordinator(programmeId));
        var saved = await (await coordinator.PutAsJsonAsync($"/api/programmes/{programmeId}/mail-settings", new { staffAddress = "team@example.org" }, Api.Json))
            .ReadAsync<ProgrammeMailSettingsView>();
        Assert.Equal(("team@example.org", (string?)null), (saved.StaffAddress, saved.Signature));
    }

    [Fact]
    public async Task The_mail_queue_is_for_ops_only_and_its_filters_are_checked()
    {
        await (await factory.CreateClient(TestUser.Coordinator(Guid.NewGuid())).GetAsync("/api/ops/mails")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await factory.CreateClient(TestUser.Mentor()).PostAsync($"/api/ops/mails/{Guid.NewGuid()}/retry", null)).ProblemAsync(HttpStatusCode.Forbidden);

        var ops = factory.CreateClient(TestUser.Ops());
        Assert.Contains("status", (await (await ops.GetAsync("/api/ops/mails?status=lost")).ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
        Assert.Contains("pageSize", (await (await ops.GetAsync("/api/ops/mails?pageSize=0")).ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
        await (await ops.PostAsync($"/api/ops/mails/{Guid.NewGuid()}/retry", null)).ProblemAsync(HttpStatusCode.NotFound);
    }
}
