using System.Net;
using System.Net.Http.Json;
using Mentorship.Pairing.Apis.Models;
using Mentorship.Pairing.Domain;

namespace Mentorship.Pairing.Tests.Integration;

public sealed class ActionPlanApiTests(PairingFactory factory) : IClassFixture<PairingFactory>
{
    [Fact]
    public async Task Members_write_the_plan_and_staff_see_only_its_progress()
    {
        var pair = await (await PairHarness.ProposeAsync(factory)).ContractingAsync();

        var response = await PairHarness.ExpectAsync(
            pair.Mentee.PutAsJsonAsync($"{pair.Url}/action-plan", new
            {
                goals = new object[]
                {
                    new { title = "Update the CV", status = "done" },
                    new { title = "Apply to five jobs", description = "Logistics", dueOn = "2027-01-31", status = "in-progress" },
                },
            }),
            HttpStatusCode.OK);

        var plan = (await response.Content.ReadFromJsonAsync<PairView>(TestJson.Options))!.ActionPlan!;
        Assert.Equal(["Update the CV", "Apply to five jobs"], plan.Goals.Select(g => g.Title));
        Assert.Equal(new DateOnly(2027, 1, 31), plan.Goals[1].DueOn);
        var staffView = await pair.GetAsync(pair.Coordinator);
        Assert.Null(staffView.ActionPlan);
        Assert.Equal(new GoalsProgress(1, 2), staffView.GoalsProgress);
    }

    [Fact]
    public async Task A_goal_sent_back_with_its_id_is_updated_in_place()
    {
        var pair = await (await PairHarness.ProposeAsync(factory)).ActiveAsync();
        var first = await PairHarness.ExpectAsync(
            pair.Mentee.PutAsJsonAsync($"{pair.Url}/action-plan", new { goals = new[] { new { title = "Network", status = "open" } } }),
            HttpStatusCode.OK);
        var goal = (await first.Content.ReadFromJsonAsync<PairView>(TestJson.Options))!.ActionPlan!.Goals.Single();

        await PairHarness.ExpectAsync(
            pair.Mentor.PutAsJsonAsync($"{pair.Url}/action-plan", new { goals = new[] { new { id = goal.Id, title = "Network at two events", status = "done" } } }),
            HttpStatusCode.OK);

        var updated = (await pair.GetAsync(pair.Mentee)).ActionPlan!.Goals.Single();
        Assert.Equal((goal.Id, "Network at two events", GoalStatus.Done), (updated.Id, updated.Title, updated.Status));
        Assert.NotNull(updated.CompletedAt);
    }

    [Fact]
    public async Task An_unknown_goal_id_or_a_missing_title_is_refused_naming_the_goal()
    {
        var pair = await (await PairHarness.ProposeAsync(factory)).ActiveAsync();

        var unknown = await PairHarness.ProblemAsync(
            pair.Mentee.PutAsJsonAsync($"{pair.Url}/action-plan", new { goals = new[] { new { id = Guid.NewGuid(), title = "Ghost", status = "open" } } }),
            HttpStatusCode.BadRequest);
        var untitled = await PairHarness.ProblemAsync(
            pair.Mentee.PutAsJsonAsync($"{pair.Url}/action-plan", new { goals = new[] { new { title = "", status = "later" } } }),
            HttpStatusCode.BadRequest);

        Assert.True(unknown.GetProperty("errors").TryGetProperty("goals[0].id", out _));
        Assert.True(untitled.GetProperty("errors").TryGetProperty("goals[0].title", out _));
        Assert.True(untitled.GetProperty("errors").TryGetProperty("goals[0].status", out _));
    }

    [Fact]
    public async Task The_plan_is_written_by_members_while_the_pair_is_contracting_or_active()
    {
        var introduced = await (await PairHarness.ProposeAsync(factory)).AcceptedAsync();
        var active = await (await PairHarness.ProposeAsync(factory)).ActiveAsync();
        var body = new { goals = new[] { new { title = "Goal", status = "open" } } };

        var early = await PairHarness.ProblemAsync(introduced.Mentee.PutAsJsonAsync($"{introduced.Url}/action-plan", body), HttpStatusCode.Conflict);
        await PairHarness.ProblemAsync(active.Coordinator.PutAsJsonAsync($"{active.Url}/action-plan", body), HttpStatusCode.Forbidden);

        Assert.Equal("introduced", early.GetProperty("currentStatus").GetString());
    }
}
