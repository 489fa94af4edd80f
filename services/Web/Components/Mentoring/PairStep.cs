using Mentorship.Web.Gateway;
using Mentorship.Web.Gateway.Models;
using Microsoft.AspNetCore.Components;

namespace Mentorship.Web.Components.Mentoring;

/// <summary>
/// A step of the pair page: sends one change of the pair and hands the changed pair back to the page; a
/// refused change stays on the step with the service's messages, the form as the person left it.
/// </summary>
public abstract class PairStep : ComponentBase
{
    [Parameter, EditorRequired]
    public Pair Pair { get; set; } = default!;

    /// <summary>The side the signed-in person holds: "mentor" or "mentee".</summary>
    [Parameter, EditorRequired]
    public string Role { get; set; } = "";

    [Parameter]
    public EventCallback<Pair> Changed { get; set; }

    [Inject]
    protected MentoringClient Mentoring { get; set; } = default!;

    protected ApiProblem? Problem { get; private set; }

    protected bool Busy { get; private set; }

    protected async Task SendAsync(Func<Task<ApiResult<Pair>>> change)
    {
        Busy = true;
        var result = await change();
        (Busy, Problem) = (false, result.Problem);
        if (result.Value is { } changed)
            await Changed.InvokeAsync(changed);
    }

    /// <summary>The id of the field's error message when the service named the field, for aria-describedby.</summary>
    protected string? ErrorIdFor(string field, string inputId) =>
        Shared.FieldError.Has(Problem, field) ? $"{inputId}-error" : null;
}
