using FluentValidation;
using Mentorship.Pairing.Apis.Models;
using Mentorship.Pairing.Apis.Validation;
using Mentorship.ServiceDefaults.Http;

namespace Mentorship.Pairing.Tests.Apis;

public sealed class RequestValidatorTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private static Dictionary<string, string[]> Errors<T>(IValidator<T> validator, T request)
        where T : class =>
        ValidationFilter<T>.ToErrors(validator.Validate(request));

    [Fact]
    public void A_mentor_decision_needs_accept_and_a_short_reason()
    {
        var validator = new MentorDecisionRequestValidator();

        Assert.Empty(Errors(validator, new MentorDecisionRequest(false, "No time.")));
        Assert.Equal(["accept", "reason"], Errors(validator, new MentorDecisionRequest(null, new string('x', 1001))).Keys.Order());
    }

    [Fact]
    public void A_first_meeting_needs_a_date_not_in_the_future_and_a_fit()
    {
        var validator = new FirstMeetingRequestValidator(TimeProvider.System);

        Assert.Empty(Errors(validator, new FirstMeetingRequest(Today, true, null)));
        Assert.Empty(Errors(validator, new FirstMeetingRequest(Today.AddDays(1), true, null)));
        Assert.Equal(["fit", "heldOn"], Errors(validator, new FirstMeetingRequest(Today.AddDays(2), null, null)).Keys.Order());
        Assert.Equal(["heldOn"], Errors(validator, new FirstMeetingRequest(null, false, null)).Keys);
        Assert.Equal(["notes"], Errors(validator, new FirstMeetingRequest(Today, false, new string('x', 4001))).Keys);
    }

    [Fact]
    public void A_meeting_needs_a_past_date_a_plausible_duration_and_known_dimensions()
    {
        var validator = new LogMeetingRequestValidator(TimeProvider.System);

        Assert.Empty(Errors(validator, new LogMeetingRequest(Today, 90, "Office", ["professional", "personal", "academic"])));
        Assert.Empty(Errors(validator, new LogMeetingRequest(Today, 5, null, ["personal"])));
        Assert.Empty(Errors(validator, new LogMeetingRequest(Today, 600, null, ["personal"])));

        var errors = Errors(validator, new LogMeetingRequest(Today.AddDays(2), 4, new string('x', 201), []));
        Assert.Equal(["date", "dimensions", "durationMinutes", "place"], errors.Keys.Order());
        Assert.Contains("professional, personal, academic", errors["dimensions"].Single());
        Assert.Equal(["durationMinutes"], Errors(validator, new LogMeetingRequest(Today, 601, null, ["academic"])).Keys);
        Assert.Equal(["date", "dimensions", "durationMinutes"], Errors(validator, new LogMeetingRequest(null, null, null, null)).Keys.Order());
    }

    [Fact]
    public void An_unknown_dimension_is_named_by_its_position()
    {
        var validator = new LogMeetingRequestValidator(TimeProvider.System);

        var errors = Errors(validator, new LogMeetingRequest(Today, 60, null, ["personal", "spiritual"]));

        Assert.Equal(["dimensions[1]"], errors.Keys);
    }

    [Fact]
    public void Goals_need_a_title_and_a_known_status_and_ids_appear_once()
    {
        var validator = new ActionPlanRequestValidator();
        var id = Guid.NewGuid();

        Assert.Empty(Errors(validator, new ActionPlanRequest([new GoalInput(id, "CV", null, null, "in-progress"), new GoalInput(null, "Network", "Events", Today, "open")])));
        Assert.Empty(Errors(validator, new ActionPlanRequest([])));
        Assert.Equal(["goals"], Errors(validator, new ActionPlanRequest(null)).Keys);

        var errors = Errors(validator, new ActionPlanRequest(
            [new GoalInput(id, "", null, null, "started"), new GoalInput(id, "Fine", new string('x', 2001), null, "done")]));
        Assert.Equal(["goals", "goals[0].status", "goals[0].title", "goals[1].description"], errors.Keys.Order());
        Assert.Contains("open, in-progress, done", errors["goals[0].status"].Single());
    }

    [Fact]
    public void A_null_goal_is_named_by_its_position()
    {
        var validator = new ActionPlanRequestValidator();

        Assert.Equal(["goals[1]"], Errors(validator, new ActionPlanRequest([new GoalInput(null, "CV", null, null, "open"), null!])).Keys);
    }

    [Fact]
    public void An_action_plan_has_at_most_twenty_goals()
    {
        var validator = new ActionPlanRequestValidator();
        var goals = Enumerable.Range(1, 21).Select(i => new GoalInput(null, $"Goal {i}", null, null, "open")).ToList();

        Assert.Equal(["goals"], Errors(validator, new ActionPlanRequest(goals)).Keys);
    }

    [Fact]
    public void Closing_needs_a_known_outcome()
    {
        var validator = new ClosePairRequestValidator();

        Assert.Empty(Errors(validator, new ClosePairRequest("business-creation", null)));
        Assert.Empty(Errors(validator, new ClosePairRequest("dropout-mentor", "Moved abroad.")));
        var errors = Errors(validator, new ClosePairRequest("hired", null));
        Assert.Equal(["outcome"], errors.Keys);
        Assert.Contains("job, internship, training, studies, business-creation, term-reached, dropout-mentee, dropout-mentor", errors["outcome"].Single());
        Assert.Equal(["outcome"], Errors(validator, new ClosePairRequest(null, null)).Keys);
    }
}
