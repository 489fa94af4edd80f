using Microsoft.Playwright;
using Xunit.Sdk;

namespace Mentorship.EndToEnd.Tests.Browser;

/// <summary>
/// A person who uses the keyboard only: they reach a control with Tab (or Shift+Tab) and must see where
/// the focus is. A control the keys cannot reach, or focus without a visible outline, fails the test.
/// </summary>
public static class KeyboardUse
{
    private const int MostPresses = 120;

    public static Task TabToAsync(this WebPerson person, string selector) => MoveFocusAsync(person.Page, selector, "Tab");

    public static Task ShiftTabToAsync(this WebPerson person, string selector) => MoveFocusAsync(person.Page, selector, "Shift+Tab");

    /// <summary>Types into the focused field, then leaves it with Tab, as the page takes the value on change.</summary>
    public static async Task TypeHereAsync(this WebPerson person, string text)
    {
        await person.Page.Keyboard.TypeAsync(text);
        await person.Page.Keyboard.PressAsync("Tab");
    }

    public static Task PressAsync(this WebPerson person, string key) => person.Page.Keyboard.PressAsync(key);

    private static async Task MoveFocusAsync(IPage page, string selector, string key)
    {
        for (var press = 0; press < MostPresses; press++)
        {
            await page.Keyboard.PressAsync(key);
            if (await page.EvaluateAsync<bool>("selector => document.activeElement?.matches(selector) ?? false", selector))
            {
                await AssertFocusIsVisibleAsync(page, selector);
                return;
            }
        }
        throw new XunitException($"{selector} was not reached with {key} in {MostPresses} presses: it cannot be used with the keyboard.");
    }

    // WCAG 2.4.7: the focused control must show it, here by the app's focus outline.
    private static async Task AssertFocusIsVisibleAsync(IPage page, string selector)
    {
        var outline = await page.EvaluateAsync<string>("() => { const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth; }");
        if (outline.StartsWith("none", StringComparison.Ordinal) || outline.EndsWith(" 0px", StringComparison.Ordinal))
            throw new XunitException($"{selector} has the focus but shows no outline ({outline}).");
    }
}
