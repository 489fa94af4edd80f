using Mentorship.ServiceDefaults.Http;
using Mentorship.ServiceDefaults.Transitions;
using Microsoft.AspNetCore.Http;

namespace Mentorship.ServiceDefaults.Tests.Http;

public sealed class TransitionProblemsTests
{
    [Fact]
    public void A_conflict_is_a_409_titled_with_the_refusal_and_no_extensions()
    {
        var problem = TransitionResult.Conflict("The pair is closed.").ToProblem();

        Assert.Equal(StatusCodes.Status409Conflict, problem.StatusCode);
        Assert.Equal("The pair is closed.", problem.ProblemDetails.Title);
        Assert.Null(problem.ProblemDetails.Detail);
        Assert.Empty(problem.ProblemDetails.Extensions);
    }

    [Fact]
    public void A_conflict_with_reasons_lists_them_beside_what_the_handler_adds()
    {
        var problem = TransitionResult.Conflict("Not eligible.", ["work-permit", "age"])
            .ToProblem(new Dictionary<string, object?> { ["currentStatus"] = "submitted" });

        Assert.Equal(StatusCodes.Status409Conflict, problem.StatusCode);
        Assert.Equal("Not eligible.", problem.ProblemDetails.Title);
        Assert.Equal(new[] { "work-permit", "age" }, problem.ProblemDetails.Extensions["reasons"]);
        Assert.Equal("submitted", problem.ProblemDetails.Extensions["currentStatus"]);
    }

    [Fact]
    public void An_invalid_value_is_a_400_validation_problem_naming_the_field()
    {
        var problem = TransitionResult.Invalid("heldOn", "heldOn must not be in the future.")
            .ToProblem(new Dictionary<string, object?> { ["currentStatus"] = "active" });

        Assert.Equal(StatusCodes.Status400BadRequest, problem.StatusCode);
        var validation = Assert.IsType<HttpValidationProblemDetails>(problem.ProblemDetails);
        Assert.Equal("One or more validation errors occurred.", validation.Title);
        Assert.Equal(["heldOn must not be in the future."], validation.Errors["heldOn"]);
        Assert.DoesNotContain("currentStatus", validation.Extensions.Keys);
    }

    [Theory]
    [InlineData(TransitionOutcome.Done)]
    [InlineData(TransitionOutcome.AlreadySo)]
    public void A_transition_that_was_not_refused_has_no_problem_to_answer(TransitionOutcome outcome)
    {
        var result = outcome == TransitionOutcome.Done ? TransitionResult.Done : TransitionResult.AlreadySo;

        Assert.False(result.Refused);
        Assert.Equal(outcome == TransitionOutcome.Done, result.Changed);
        Assert.Throws<InvalidOperationException>(() => result.ToProblem());
    }
}
