using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Mentorship.Enrollment.Data;
using Mentorship.Enrollment.Domain.Erasures;
using Mentorship.Enrollment.Retention;
using Mentorship.Identity.Contracts;
using Mentorship.Pairing.Contracts;
using Mentorship.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Mentorship.Enrollment.Tests.Integration.EnrollmentRequests;

namespace Mentorship.Enrollment.Tests.Integration;

/// <summary>The retention rule: erased once every participation ended beyond its programme's retentionMonths; never while one goes on.</summary>
public sealed class RetentionTests(EnrollmentFactory factory) : IClassFixture<EnrollmentFactory>
{
    [Fact]
    public async Task People_whose_every_participation_ended_beyond_the_retention_are_erased_and_nobody_else()
    {
        var (kept6, kept6b, none) = (await ProgrammeAsync(6), await ProgrammeAsync(6), await ProgrammeAsync(null));
        var left = await LeftAsync(kept6, monthsAgo: 7);
        var recent = await LeftAsync(kept6, monthsAgo: 5);
        var activeElsewhere = await LeftAsync(kept6, monthsAgo: 7);
        await factory.CreateClient(activeElsewhere).SubmitAsync(kept6b, Application("mentee", EligibleMenteeAnswers));
        var inAProgrammeWithoutRule = await LeftAsync(kept6, monthsAgo: 7);
        await LeftAsync(none, monthsAgo: 30, inAProgrammeWithoutRule);
        var pairClosed = await ApprovedAsync(kept6b);
        await factory.PublishAsync(new PairClosed(Guid.NewGuid(), kept6b, pairClosed.PersonId, Guid.NewGuid(), "job", null, DateTimeOffset.UtcNow.AddMonths(-8), 4));
        var stillInThePool = await ApprovedAsync(kept6b);
        await ServiceFactory<Program>.EventuallyAsync(() => factory.QueryAsync<EnrollmentDbContext, object?>(async db =>
            await db.ClosedPairs.AnyAsync(p => p.MenteeId == pairClosed.PersonId) ? true : null));

        var requested = await SweepAsync();
        var again = await SweepAsync();

        // The class's own database: these two are the only people the rule lets go, and only once.
        Assert.Equal((2, 0), (requested, again));
        Assert.True(await ErasedAsync(left));
        Assert.True(await ErasedAsync(pairClosed));
        Assert.False(await ErasedAsync(recent));
        Assert.False(await ErasedAsync(activeElsewhere));
        Assert.False(await ErasedAsync(inAProgrammeWithoutRule));
        Assert.False(await ErasedAsync(stillInThePool));
        await ServiceFactory<Program>.EventuallyAsync(() => factory.QueryAsync<EnrollmentDbContext, object?>(async db =>
            await db.Applications.AnyAsync(a => a.PersonId == left.PersonId) ? null : true));
    }

    [Fact]
    public async Task A_former_participant_holding_a_staff_role_is_kept_until_their_last_role_is_revoked()
    {
        var programme = await ProgrammeAsync(6);
        var coordinator = await LeftAsync(programme, monthsAgo: 7);
        var (staffed, other) = (Guid.NewGuid(), Guid.NewGuid());
        var grantedAt = DateTimeOffset.UtcNow.AddMinutes(-10);
        await factory.PublishAsync(new StaffRoleGranted(staffed, coordinator.PersonId, "coordinator", grantedAt));
        await factory.PublishAsync(new StaffRoleGranted(other, coordinator.PersonId, "referent", grantedAt));
        await HeldRolesAsync(coordinator, 2);

        var whileStaff = await SweepAsync();
        await factory.PublishAsync(new StaffRoleRevoked(staffed, coordinator.PersonId, "coordinator", grantedAt.AddMinutes(1)));
        await HeldRolesAsync(coordinator, 1);
        var withOneRoleLeft = await SweepAsync();
        await factory.PublishAsync(new StaffRoleRevoked(other, coordinator.PersonId, "referent", grantedAt.AddMinutes(2)));
        await HeldRolesAsync(coordinator, 0);
        var afterTheLastRole = await SweepAsync();

        Assert.Equal((0, 0, 1), (whileStaff, withOneRoleLeft, afterTheLastRole));
        Assert.True(await ErasedAsync(coordinator));
    }

    [Fact]
    public async Task A_grant_delivered_twice_or_a_revocation_older_than_the_grant_leaves_one_held_role()
    {
        var (person, programme) = (Guid.NewGuid(), Guid.NewGuid());
        var grantedAt = DateTimeOffset.UtcNow;
        var bus = factory.Services.GetRequiredService<IBus>();
        var messageId = NewId.NextGuid();
        var grant = new StaffRoleGranted(programme, person, "researcher", grantedAt);
        await bus.Publish(grant, context => context.MessageId = messageId);
        await bus.Publish(grant, context => context.MessageId = messageId);
        await factory.PublishAsync(new StaffRoleRevoked(programme, person, "researcher", grantedAt.AddDays(-1)));
        await factory.PublishAsync(grant);

        // The late revocation and the copies were consumed once the marker after them is.
        var marker = Guid.NewGuid();
        await factory.PublishAsync(new StaffRoleGranted(marker, person, "referent", grantedAt));
        await ServiceFactory<Program>.EventuallyAsync(() => factory.QueryAsync<EnrollmentDbContext, object?>(async db =>
            await db.StaffRoles.AnyAsync(s => s.PersonId == person && s.ProgrammeId == marker) ? true : null));
        var rows = await factory.QueryAsync<EnrollmentDbContext, List<(string Role, bool Held)>>(async db =>
            (await db.StaffRoles.Where(s => s.PersonId == person && s.ProgrammeId == programme).ToListAsync()).Select(s => (s.Role, s.Held)).ToList());

        Assert.Equal([("researcher", true)], rows);
    }

    [Fact]
    public async Task The_retention_is_set_at_creation_changed_and_removed_and_shown_with_the_programme()
    {
        var programme = await ProgrammeAsync(24);
        var admin = factory.CreateClient(TestUser.ProgrammeAdmin(programme));
        Assert.Equal(24, await RetentionOfAsync(admin, programme));

        using var changed = await admin.PatchAsJsonAsync($"/api/programmes/{programme}", new { retentionMonths = 12 });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(12, await RetentionOfAsync(admin, programme));

        using var removed = await admin.PatchAsJsonAsync($"/api/programmes/{programme}", new { retentionMonths = 0 });
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Null(await RetentionOfAsync(admin, programme));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(121)]
    public async Task A_retention_outside_1_to_120_months_is_refused_naming_retentionMonths(int months)
    {
        var programme = await ProgrammeAsync(null);
        var admin = factory.CreateClient(TestUser.ProgrammeAdmin(programme));

        using var created = await admin.PostAsJsonAsync("/api/programmes", new { templateId = "mentoryou", name = $"Programme {Guid.NewGuid():N}", cohort = "2026", retentionMonths = months });
        using var patched = await admin.PatchAsJsonAsync($"/api/programmes/{programme}", new { retentionMonths = -1 });

        Assert.Equal(HttpStatusCode.BadRequest, created.StatusCode);
        Assert.Contains("between 1 and 120", await created.ValidationErrorAsync("retentionMonths"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, patched.StatusCode);
        Assert.Contains("between 1 and 120", await patched.ValidationErrorAsync("retentionMonths"), StringComparison.Ordinal);
        Assert.Null(await RetentionOfAsync(admin, programme));
    }

    private async Task<Guid> ProgrammeAsync(int? retentionMonths)
    {
        using var response = await factory.CreateClient(TestUser.ProgrammeAdmin()).PostAsJsonAsync("/api/programmes", new
        {
            templateId = "mentoryou",
            name = $"Programme {Guid.NewGuid():N}",
            cohort = "2026-2027",
            retentionMonths,
        });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>A mentee who applied and withdrew, the withdrawal moved <paramref name="monthsAgo"/> into the past.</summary>
    private async Task<TestUser> LeftAsync(Guid programme, int monthsAgo, TestUser? mentee = null)
    {
        mentee ??= TestUser.Mentee();
        var client = factory.CreateClient(mentee);
        var id = (await client.SubmitAsync(programme, Application("mentee", EligibleMenteeAnswers))).GetProperty("id").GetGuid();
        using var withdrawn = await client.PostAsJsonAsync($"/api/applications/{id}/withdraw", new { reason = "Moved abroad" });
        withdrawn.EnsureSuccessStatusCode();
        var at = DateTimeOffset.UtcNow.AddMonths(-monthsAgo);
        await factory.QueryAsync<EnrollmentDbContext, int>(db => db.Database.ExecuteSqlAsync($"UPDATE applications SET decided_at = {at} WHERE id = {id}"));
        return mentee;
    }

    /// <summary>An approved mentee (the approval written directly: its preparation steps are not what is tested here).</summary>
    private async Task<TestUser> ApprovedAsync(Guid programme)
    {
        var mentee = TestUser.Mentee();
        var id = (await factory.CreateClient(mentee).SubmitAsync(programme, Application("mentee", EligibleMenteeAnswers))).GetProperty("id").GetGuid();
        var at = DateTimeOffset.UtcNow.AddMonths(-10);
        await factory.QueryAsync<EnrollmentDbContext, int>(db => db.Database.ExecuteSqlAsync($"UPDATE applications SET status = 'Approved', decided_at = {at} WHERE id = {id}"));
        return mentee;
    }

    private async Task<int> SweepAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RetentionSweep>().RunAsync(null, CancellationToken.None);
    }

    /// <summary>Waits until Enrollment holds <paramref name="count"/> roles for the person (Identity's events consumed).</summary>
    private Task HeldRolesAsync(TestUser person, int count) =>
        ServiceFactory<Program>.EventuallyAsync(() => factory.QueryAsync<EnrollmentDbContext, object?>(async db =>
            await db.StaffRoles.CountAsync(s => s.PersonId == person.PersonId && s.Held) == count ? true : null));

    private Task<bool> ErasedAsync(TestUser person)
    {
        var key = Erasure.KeyOf(person.PersonId);
        return factory.QueryAsync<EnrollmentDbContext, bool>(db => db.Erasures.AnyAsync(e => e.PersonKey == key));
    }

    private static async Task<int?> RetentionOfAsync(HttpClient client, Guid programme)
    {
        var view = await client.GetFromJsonAsync<JsonElement>($"/api/programmes/{programme}");
        return view.TryGetProperty("retentionMonths", out var months) && months.ValueKind == JsonValueKind.Number ? months.GetInt32() : null;
    }
}
