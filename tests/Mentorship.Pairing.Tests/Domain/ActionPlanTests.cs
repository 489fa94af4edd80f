using Mentorship.Pairing.Domain;

namespace Mentorship.Pairing.Tests.Domain;

public sealed class ActionPlanTests
{
    private static readonly DateTimeOffset Now = Pairs.ActivatedAt.AddDays(2);

    private static GoalDraft Draft(string title, GoalStatus status = GoalStatus.Open, Guid? id = null) =>
        new(id, title, null, null, status);

    [Fact]
    public void Setting_the_plan_gives_new_goals_ids_and_counts_progress()
    {
        var pair = Pairs.Active();

        var result = pair.SetActionPlan(
            [Draft("Update the CV", GoalStatus.Done), new GoalDraft(null, "Apply to five jobs", "In logistics", new DateOnly(2026, 5, 1), GoalStatus.InProgress)],
            pair.MenteeId,
            Now);

        Assert.True(result.Changed);
        Assert.Equal(["Update the CV", "Apply to five jobs"], pair.Goals.Select(g => g.Title));
        Assert.All(pair.Goals, goal => Assert.NotEqual(Guid.Empty, goal.GoalId));
        Assert.Equal(Now, pair.Goals[0].CompletedAt);
        Assert.Null(pair.Goals[1].CompletedAt);
        Assert.Equal((1, 2), (pair.GoalsDone, pair.GoalsTotal));
        Assert.Equal(pair.MenteeId, pair.ActionPlanUpdatedBy);
    }

    [Fact]
    public void A_goal_sent_back_with_its_id_keeps_its_identity_and_history()
    {
        var pair = Pairs.Contracting();
        pair.SetActionPlan([Draft("Network")], pair.MenteeId, Now);
        var goal = pair.Goals.Single();

        pair.SetActionPlan([Draft("Network at two events", GoalStatus.Done, goal.GoalId), Draft("Learn Dutch")], pair.MentorId, Now.AddDays(7));

        var revised = pair.Goals[0];
        Assert.Equal(goal.GoalId, revised.GoalId);
        Assert.Equal("Network at two events", revised.Title);
        Assert.Equal(Now, revised.CreatedAt);
        Assert.Equal(Now.AddDays(7), revised.CompletedAt);
        Assert.Equal((1, 2), (pair.GoalsDone, pair.GoalsTotal));
    }

    [Fact]
    public void A_done_goal_keeps_its_completion_date_and_loses_it_when_reopened()
    {
        var pair = Pairs.Active();
        pair.SetActionPlan([Draft("Interview training", GoalStatus.Done)], pair.MenteeId, Now);
        var id = pair.Goals.Single().GoalId;

        pair.SetActionPlan([Draft("Interview training", GoalStatus.Done, id)], pair.MenteeId, Now.AddDays(3));
        var stillDone = pair.Goals.Single().CompletedAt;
        pair.SetActionPlan([Draft("Interview training", GoalStatus.InProgress, id)], pair.MenteeId, Now.AddDays(4));

        Assert.Equal(Now, stillDone);
        Assert.Null(pair.Goals.Single().CompletedAt);
        Assert.Equal(0, pair.GoalsDone);
    }

    [Fact]
    public void Goals_left_out_are_removed()
    {
        var pair = Pairs.Active();
        pair.SetActionPlan([Draft("One"), Draft("Two")], pair.MenteeId, Now);

        pair.SetActionPlan([], pair.MenteeId, Now.AddDays(1));

        Assert.Empty(pair.Goals);
        Assert.Equal((0, 0), (pair.GoalsDone, pair.GoalsTotal));
    }

    [Fact]
    public void An_unknown_goal_id_is_an_invalid_field_naming_the_goal()
    {
        var pair = Pairs.Active();
        pair.SetActionPlan([Draft("One")], pair.MenteeId, Now);

        var result = pair.SetActionPlan([Draft("One"), Draft("Two", id: Guid.NewGuid())], pair.MenteeId, Now.AddDays(1));

        Assert.Equal("goals[1].id", result.InvalidField);
        Assert.Equal("One", pair.Goals.Single().Title);
    }

    [Fact]
    public void More_than_twenty_goals_are_refused()
    {
        var pair = Pairs.Active();

        var result = pair.SetActionPlan(Enumerable.Range(1, 21).Select(i => Draft($"Goal {i}")).ToList(), pair.MenteeId, Now);

        Assert.Equal("goals", result.InvalidField);
        Assert.Empty(pair.Goals);
    }

    [Fact]
    public void The_plan_is_set_only_while_contracting_or_active()
    {
        var introduced = Pairs.Introduced();
        var closed = Pairs.Active();
        closed.Close(PairOutcome.Job, null, closed.MenteeId, Now);

        Assert.Contains("introduced", introduced.SetActionPlan([Draft("Too early")], introduced.MenteeId, Now).Refusal);
        Assert.Contains("closed", closed.SetActionPlan([Draft("Too late")], closed.MenteeId, Now).Refusal);
    }
}
