using System.Net;
using Bunit;
using Mentorship.Web.Components.Matching;
using Mentorship.Web.Tests.Support;

namespace Mentorship.Web.Tests.Components.Matching;

public sealed class AppreciationsPanelTests() : WebTestContext(persona: "coordinator")
{
    private readonly Guid _programmeId = Guid.NewGuid();
    private readonly Guid _menteeId = Guid.NewGuid();
    private readonly Guid _mentorId = Guid.NewGuid();

    private string Page(int page) =>
        $"GET /api/programmes/{_programmeId}/matching/appreciations?inForce=true&page={page}&pageSize={AppreciationsPanel.PageSize}";

    private string Revoke(Guid id) => $"DELETE /api/programmes/{_programmeId}/matching/appreciations/{id}";

    [Fact]
    public void A_revoked_appreciation_leaves_the_table_and_the_console_is_told()
    {
        var (kept, revoked) = (Guid.NewGuid(), Guid.NewGuid());
        var changed = 0;
        Gateway
            .Answer(Page(1), HttpStatusCode.OK, InForce(1, 2, kept, revoked))
            .Answer(Revoke(revoked), HttpStatusCode.OK, Appreciation(revoked, inForce: false));
        var panel = RenderPanel(() => changed++);
        panel.WaitForElement($"tr[data-appreciation='{revoked}'] button");
        Gateway.Answer(Page(1), HttpStatusCode.OK, InForce(1, 1, kept));

        panel.Find($"tr[data-appreciation='{revoked}'] button").Click();

        panel.WaitForAssertion(() => Assert.Empty(panel.FindAll($"tr[data-appreciation='{revoked}']")));
        Assert.Single(panel.FindAll($"tr[data-appreciation='{kept}']"));
        Assert.Equal(1, changed);
        Assert.Contains(Gateway.Requests, r => r.Route == Revoke(revoked));
        Assert.Empty(panel.FindAll("[role=alert]"));
    }

    [Fact]
    public void A_revocation_refused_while_the_next_page_loads_stays_shown()
    {
        var (onFirstPage, onSecondPage) = (Guid.NewGuid(), Guid.NewGuid());
        var secondPage = new TaskCompletionSource();
        Gateway
            .Answer(Page(1), HttpStatusCode.OK, InForce(1, AppreciationsPanel.PageSize + 1, onFirstPage))
            .Answer(Page(2), HttpStatusCode.OK, InForce(2, AppreciationsPanel.PageSize + 1, onSecondPage))
            .Hold(Page(2), secondPage.Task)
            .Answer(Revoke(onFirstPage), HttpStatusCode.Conflict, Samples.Conflict("This appreciation was already revoked."));
        var panel = RenderPanel();
        panel.WaitForElement($"tr[data-appreciation='{onFirstPage}'] button");

        panel.Find(".pager button:last-child").Click();
        panel.WaitForAssertion(() => Assert.Contains(Gateway.Requests, r => r.Route == Page(2)));
        panel.Find($"tr[data-appreciation='{onFirstPage}'] button").Click();
        panel.WaitForAssertion(() => Assert.Contains("already revoked", panel.Find("[role=alert]").TextContent));
        secondPage.SetResult();

        panel.WaitForElement($"tr[data-appreciation='{onSecondPage}']");
        Assert.Contains("already revoked", panel.Find("[role=alert]").TextContent);
    }

    private IRenderedComponent<AppreciationsPanel> RenderPanel(Action? changed = null)
    {
        var directory = TestDirectory.Load(this, _programmeId, _menteeId, _mentorId);
        return Render<AppreciationsPanel>(p => p
            .Add(x => x.ProgrammeId, _programmeId)
            .Add(x => x.Directory, directory)
            .Add(x => x.Changed, changed ?? (() => { })));
    }

    private string InForce(int page, int total, params Guid[] ids) =>
        $$"""{ "items": [ {{string.Join(", ", ids.Select(id => Appreciation(id)))}} ], "page": {{page}}, "pageSize": {{AppreciationsPanel.PageSize}}, "total": {{total}} }""";

    private string Appreciation(Guid id, bool inForce = true) => $$"""
        { "id": "{{id}}", "menteeId": "{{_menteeId}}", "mentorId": "{{_mentorId}}", "kind": "bonus", "value": 10, "reason": "Met at the fair",
          "createdAt": "2026-12-01T10:00:00Z", "inForce": {{(inForce ? "true" : "false")}} }
        """;
}
