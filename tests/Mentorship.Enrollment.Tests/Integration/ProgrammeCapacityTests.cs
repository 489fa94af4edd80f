using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mentorship.Enrollment.Data;
using Mentorship.Enrollment.Domain;
using Mentorship.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.Enrollment.Tests.Integration;

public sealed class ProgrammeCapacityTests(EnrollmentFactory factory) : IClassFixture<EnrollmentFactory>
{
    [Fact]
    public async Task Approving_beyond_the_capacity_is_refused_naming_capacity_and_the_count()
    {
        var programme = await factory.CreatePollemAsync(new { capacity = new { mentees = 1 } });
        var coordinator = factory.CreateClient(TestUser.Coordinator(programme));
        var first = await coordinator.EnterMenteeAsync(programme);
        var second = await coordinator.EnterMenteeAsync(programme);

        var accepted = await coordinator.ApproveAsync(first);
        var refused = await coordinator.ApproveAsync(second);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var problem = await refused.ConflictProblemAsync();
        Assert.Contains("(capacity)", problem.GetProperty("title").GetString());
        Assert.Equal(("urn:mentorship:problem:capacity", "mentee", 1, 1), (problem.GetProperty("type").GetString(),
            problem.GetProperty("role").GetString(), problem.GetProperty("capacity").GetInt32(), problem.GetProperty("approved").GetInt32()));
        var application = await coordinator.GetFromJsonAsync<JsonElement>($"/api/applications/{second}");
        Assert.Equal("submitted", application.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Approvals_racing_for_the_last_place_let_exactly_one_in()
    {
        var programme = await factory.CreatePollemAsync(new { capacity = new { mentees = 2 } });
        var coordinator = factory.CreateClient(TestUser.Coordinator(programme));
        Assert.Equal(HttpStatusCode.OK, (await coordinator.ApproveAsync(await coordinator.EnterMenteeAsync(programme))).StatusCode);
        var candidates = new List<Guid>();
        for (var i = 0; i < 6; i++)
            candidates.Add(await coordinator.EnterMenteeAsync(programme));

        var next = -1;
        var responses = await ParallelRequests.SendAsync(candidates.Count, () => coordinator.ApproveAsync(candidates[Interlocked.Increment(ref next)]));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(5, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        var approved = await factory.QueryAsync<EnrollmentDbContext, int>(db => db.Applications.CountAsync(
            a => a.ProgrammeId == programme && a.Status == ApplicationStatus.Approved));
        Assert.Equal(2, approved);
    }

    [Fact]
    public async Task Approvals_without_a_limit_do_not_wait_for_one_another()
    {
        var programme = await factory.CreatePollemAsync(new { capacity = new { mentors = 3 } });
        var coordinator = factory.CreateClient(TestUser.Coordinator(programme));
        var mentee = await coordinator.EnterMenteeAsync(programme);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnrollmentDbContext>();
        await using var inFlight = await db.Database.BeginTransactionAsync();
        // Another mentee's approval, not yet committed, holds its share of the programme's row lock.
        Assert.Equal(new Places(null, 0), await db.LockPlacesAsync(programme, ParticipantRole.Mentee, limited: false, CancellationToken.None));

        // With the row's update lock this one waited for the other's commit, here never.
        var approved = await coordinator.ApproveAsync(mentee).WaitAsync(TimeSpan.FromSeconds(15));

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
    }

    [Fact]
    public async Task A_limit_set_after_the_programme_was_read_sends_the_approval_round_under_the_update_lock()
    {
        var programme = await factory.CreatePollemAsync(new { capacity = new { mentees = 1 } });
        var coordinator = factory.CreateClient(TestUser.Coordinator(programme));
        await coordinator.ApproveAsync(await coordinator.EnterMenteeAsync(programme));
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnrollmentDbContext>();

        await using (await db.Database.BeginTransactionAsync())
            Assert.Null(await db.LockPlacesAsync(programme, ParticipantRole.Mentee, limited: false, CancellationToken.None));
        await using (await db.Database.BeginTransactionAsync())
            Assert.Equal(new Places(1, 1), await db.LockPlacesAsync(programme, ParticipantRole.Mentee, limited: true, CancellationToken.None));
    }

    [Fact]
    public async Task Lowering_the_capacity_below_the_approved_count_is_kept_and_reported_and_refuses_further_approvals()
    {
        var programme = await factory.CreatePollemAsync(new { capacity = new { mentees = 5 } });
        var coordinator = factory.CreateClient(TestUser.Coordinator(programme));
        for (var i = 0; i < 3; i++)
            await coordinator.ApproveAsync(await coordinator.EnterMenteeAsync(programme));
        var waiting = await coordinator.EnterMenteeAsync(programme);

        var lowered = await coordinator.PatchAsJsonAsync($"/api/programmes/{programme}", new { capacity = new { mentees = 1, mentors = 40 } });
        var refused = await coordinator.ApproveAsync(waiting);

        Assert.Equal(HttpStatusCode.OK, lowered.StatusCode);
        var view = await lowered.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((1, 40), (view.GetProperty("capacity").GetProperty("mentees").GetInt32(), view.GetProperty("capacity").GetProperty("mentors").GetInt32()));
        Assert.Equal(2, view.GetProperty("capacityExceededBy").GetProperty("mentees").GetInt32());
        Assert.Equal(JsonValueKind.Null, view.GetProperty("capacityExceededBy").GetProperty("mentors").ValueKind);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(3, (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("approved").GetInt32());
    }

    [Fact]
    public async Task A_capacity_for_mentees_leaves_mentor_approvals_alone()
    {
        var programme = await factory.CreatePollemAsync(new { capacity = new { mentees = 1 } });
        var coordinator = factory.CreateClient(TestUser.Coordinator(programme));
        await coordinator.ApproveAsync(await coordinator.EnterMenteeAsync(programme));
        var mentorId = await coordinator.EnterMentorAsync(programme);
        await coordinator.PostAsync($"/api/applications/{mentorId}/preparation/onboarding", null);

        var response = await coordinator.ApproveAsync(mentorId);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
