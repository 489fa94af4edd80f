namespace Mentorship.Web.Gateway;

/// <summary>
/// The problem a component shows when its loads and its actions share one place for it. A load can end
/// after an action the service refused (the first load still running, a pager, a reload after the
/// previous action): a load that succeeds then clears only a problem a load caused, and the action's
/// errors stay beside their fields.
/// </summary>
public sealed class ShownProblem
{
    private bool _fromLoad;

    public ApiProblem? Current { get; private set; }

    /// <summary>A load ended: its failure is shown; its success clears only a load's failure.</summary>
    public void Loaded(ApiProblem? problem)
    {
        if (problem is not null)
            (Current, _fromLoad) = (problem, true);
        else if (_fromLoad)
            (Current, _fromLoad) = (null, false);
    }

    /// <summary>An action ended: what it says replaces whatever was shown, its success clears it.</summary>
    public void Acted(ApiProblem? problem) => (Current, _fromLoad) = (problem, false);
}
