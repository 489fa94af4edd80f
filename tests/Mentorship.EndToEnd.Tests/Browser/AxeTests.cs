namespace Mentorship.EndToEnd.Tests.Browser;

/// <summary>The in-page axe-core check finds what it must, on the first document and after a navigation.</summary>
public sealed class AxeTests : IAsyncLifetime
{
    private Browser? _browser;

    public async Task InitializeAsync() => _browser = await Browser.LaunchAsync();

    [Fact]
    public async Task A_clean_page_passes_and_the_next_document_with_an_unlabelled_button_and_image_and_a_region_only_a_mouse_scrolls_does_not()
    {
        await using var session = _browser!.NewSession();
        var page = (await session.PersonAsync(new Uri("http://localhost/"))).Page;

        await page.GotoAsync("data:text/html,<!doctype html><html lang=en><title>Clean</title><main><h1>Clean</h1><button>Send</button></main></html>");
        Assert.Empty(await Axe.BlockingViolationsAsync(page));

        await page.GotoAsync("data:text/html,<!doctype html><html lang=en><title>Broken</title><main><h1>Broken</h1><button></button><img src=x.png><div style=\"overflow-x:auto;width:100px\"><table><tr><td>A_cell_far_wider_than_the_region_that_holds_it_so_that_it_scrolls</td></tr></table></div></main></html>");
        var violations = await Axe.BlockingViolationsAsync(page);
        Assert.Contains(violations, v => v.StartsWith("button-name (critical)", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("image-alt (critical)", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("scrollable-region-focusable (serious)", StringComparison.Ordinal));
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
            await _browser.DisposeAsync();
    }
}
