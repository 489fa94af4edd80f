using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace Mentorship.EndToEnd.Tests.Browser;

/// <summary>
/// axe-core (the npm build that Deque's package embeds) run in the page itself. Deque's Playwright runner
/// checks each frame apart and merges the results in a fresh page, injecting axe-core twice: 2.3 to 6.8 s
/// a check on 2 cores, most of the browser journey. Our pages have no frames, so one axe.run does.
/// </summary>
internal static class Axe
{
    private static readonly Lazy<string> Source = new(() =>
    {
        using var script = typeof(AxeResult).Assembly.GetManifestResourceStream("Deque.AxeCore.Commons.Resources.axe.min.js")
            ?? throw new InvalidOperationException("axe.min.js is not in Deque.AxeCore.Commons.");
        return new StreamReader(script).ReadToEnd();
    });

    // Every rule, as before; only the violations are described (axe otherwise lists every passing node).
    private const string RunScript = """
        async impacts => {
            const result = await axe.run(document, { resultTypes: ['violations'] });
            return result.violations
                .filter(violation => impacts.includes(violation.impact))
                .map(violation => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map(node => node.target.join(' ')).join(', ')}`);
        }
        """;

    private static readonly string[] Blocking = ["serious", "critical"];

    /// <summary>The serious and critical violations of the page as it is now, one line each.</summary>
    public static async Task<IReadOnlyList<string>> BlockingViolationsAsync(IPage page)
    {
        // A page keeps axe-core until it navigates to another document; Blazor's own navigations do not.
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
            await page.EvaluateAsync(Source.Value);
        return await page.EvaluateAsync<string[]>(RunScript, Blocking);
    }
}
