using Mentorship.Web.Gateway;

namespace Mentorship.Web.Tests.Gateway;

public sealed class ShownProblemTests
{
    private static readonly ApiProblem Refused = new(400, "Invalid", null, new Dictionary<string, string[]> { ["summary"] = ["summary is required."] });
    private static readonly ApiProblem Unreachable = ApiProblem.Unavailable("The service did not answer.");

    [Fact]
    public void A_load_that_succeeds_after_a_refused_action_leaves_the_action_s_problem()
    {
        var shown = new ShownProblem();

        shown.Acted(Refused);
        shown.Loaded(null);

        Assert.Same(Refused, shown.Current);
    }

    [Fact]
    public void A_load_that_succeeds_clears_a_load_s_failure_and_a_failed_load_replaces_what_was_shown()
    {
        var shown = new ShownProblem();

        shown.Acted(Refused);
        shown.Loaded(Unreachable);
        Assert.Same(Unreachable, shown.Current);
        shown.Loaded(null);

        Assert.Null(shown.Current);
    }

    [Fact]
    public void An_action_that_succeeds_clears_whatever_was_shown()
    {
        var shown = new ShownProblem();

        shown.Loaded(Unreachable);
        shown.Acted(null);

        Assert.Null(shown.Current);
    }
}
