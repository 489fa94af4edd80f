using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mentorship.Enrollment.Data;
using Mentorship.Enrollment.Domain;
using Mentorship.Testing;
using Microsoft.EntityFrameworkCore;

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
