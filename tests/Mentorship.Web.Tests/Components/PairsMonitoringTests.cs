using System.Net;
using Bunit;
using Mentorship.Web.Components.Pages;
using Mentorship.Web.Coordination;
using Mentorship.Web.Gateway;
using Mentorship.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.Web.Tests.Components;

public sealed class PairsMonitoringTests : WebTestContext
{
    private readonly Guid _programmeId = Guid.NewGuid();
    private readonly Guid _pairId = Guid.NewGuid();
    private readonly Guid _menteeId = Guid.NewGuid();
    private readonly Guid _mentorId = Guid.NewGuid();

    public PairsMonitoringTests() : base(persona: "coordinator") => Services.AddScoped<MonitoringClient>();

    private string Pairs(string query = "") => $"GET /api/programmes/{_programmeId}/pairs?page=1&pageSize={PairsMonitoring.PageSize}{query}";

    private string Applications => $"GET /api/programmes/{_programmeId}/applications?page=1&pageSize={ParticipantDirectory.PageSize}&status=approved";

    [Fact]
    public void The_filters_and_the_pager_ask_the_service_for_one_page_of_the_filtered_table()
    {
        var onePair = MonitoringSamples.Pair(_pairId, _menteeId, _mentorId);
        Gateway
            .Answer(Pairs(), HttpStatusCode.OK, MonitoringSamples.PairsPage(1, 45, onePair))
            .Answer(Pairs("&status=active"), HttpStatusCode.OK, MonitoringSamples.PairsPage(1, 45, onePair))
            .Answer(Pairs("&status=active&atRisk=true"), HttpStatusCode.OK, MonitoringSamples.PairsPage(1, 45, onePair))
            .Answer($"GET /api/programmes/{_programmeId}/pairs?page=2&pageSize={PairsMonitoring.PageSize}&status=active&atRisk=true", HttpStatusCode.OK,
                MonitoringSamples.PairsPage(2, 45, onePair));
        var page = Render<PairsMonitoring>(p => p.Add(x => x.ProgrammeId, _programmeId));
        page.WaitForElement("table.pairs");

        page.Find("#pair-status").Change("active");
        page.WaitForAssertion(() => Assert.Contains(Gateway.Requests, r => r.Route == Pairs("&status=active")));
        page.Find("#pair-risk").Change("true");
        page.WaitForAssertion(() => Assert.Contains(Gateway.Requests, r => r.Route == Pairs("&status=active&atRisk=true")));
        page.Find(".pager button:last-child").Click();

        page.WaitForAssertion(() => Assert.Contains("2", page.Find(".pager span").TextContent));
        Assert.Equal(
            $"downloads/programmes/{_programmeId}/pairs?format=csv&status=active&atRisk=true",
            page.Find(".downloads a").GetAttribute("href"));
        Assert.All(Gateway.Requests.Where(r => r.Route.Contains("/pairs")), r => Assert.Contains($"pageSize={PairsMonitoring.PageSize}", r.Route));
    }

    [Fact]
    public void Members_are_named_from_the_approved_applications_and_by_a_short_id_when_not_found()
    {
        Gateway
            .Answer(Pairs(), HttpStatusCode.OK, MonitoringSamples.PairsPage(1, 1, MonitoringSamples.Pair(_pairId, _menteeId, _mentorId)))
            .Answer(Applications, HttpStatusCode.OK, MonitoringSamples.ApprovedApplications((_menteeId, "Amina")));

        var page = Render<PairsMonitoring>(p => p.Add(x => x.ProgrammeId, _programmeId));

        page.WaitForAssertion(() => Assert.Equal("Amina Test", page.Find($"tr[data-pair='{_pairId}'] th").TextContent));
        Assert.Equal(ParticipantDirectory.ShortId(_mentorId), page.Find($"tr[data-pair='{_pairId}'] td").TextContent);
    }

    [Fact]
    public void An_alert_taken_in_hand_is_acknowledged_and_the_table_read_again()
    {
        var alertId = Guid.NewGuid();
        Gateway
            .Answer(Pairs(), HttpStatusCode.OK,
                MonitoringSamples.PairsPage(1, 1, MonitoringSamples.Pair(_pairId, _menteeId, _mentorId, MonitoringSamples.Alert(alertId))))
            .Answer($"POST /api/pairs/{_pairId}/alerts/{alertId}/acknowledge", HttpStatusCode.OK, MonitoringSamples.AcknowledgedAlert(alertId, _pairId));
        var page = Render<PairsMonitoring>(p => p.Add(x => x.ProgrammeId, _programmeId));
        page.WaitForElement("ul.alerts button");
        Assert.Contains("Behind the meeting cadence", page.Find("ul.alerts").TextContent);
        Gateway.Answer(Pairs(), HttpStatusCode.OK,
            MonitoringSamples.PairsPage(1, 1, MonitoringSamples.Pair(_pairId, _menteeId, _mentorId, MonitoringSamples.Alert(alertId, acknowledged: true))));

        page.Find("ul.alerts button").Click();

        page.WaitForAssertion(() => Assert.Contains("taken in hand", page.Find("ul.alerts").TextContent));
        Assert.Empty(page.FindAll("ul.alerts button"));
        Assert.Equal(2, Gateway.Requests.Count(r => r.Route == Pairs()));
    }

    [Fact]
    public void A_programme_the_person_does_not_coordinate_is_refused_with_the_services_words()
    {
        Gateway.Answer(Pairs(), HttpStatusCode.Forbidden,
            """{ "title": "Forbidden", "status": 403, "detail": "The monitoring table is shown to the programme's coordinators and referents." }""");

        var page = Render<PairsMonitoring>(p => p.Add(x => x.ProgrammeId, _programmeId));

        page.WaitForAssertion(() => Assert.Contains("coordinators and referents", page.Find("[role=alert]").TextContent));
        Assert.Empty(page.FindAll("table"));
        Assert.Empty(page.FindAll(".loading"));
    }

    [Fact]
    public void An_acknowledgement_refused_while_the_table_is_read_again_stays_shown()
    {
        var (first, second, otherPair) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var reread = new TaskCompletionSource();
        Gateway
            .Answer(Pairs(), HttpStatusCode.OK, MonitoringSamples.PairsPage(1, 2,
                MonitoringSamples.Pair(_pairId, _menteeId, _mentorId, MonitoringSamples.Alert(first)),
                MonitoringSamples.Pair(otherPair, _menteeId, _mentorId, MonitoringSamples.Alert(second))))
            .Answer($"POST /api/pairs/{_pairId}/alerts/{first}/acknowledge", HttpStatusCode.OK, MonitoringSamples.AcknowledgedAlert(first, _pairId))
            .Answer($"POST /api/pairs/{otherPair}/alerts/{second}/acknowledge", HttpStatusCode.Conflict, Samples.Conflict("This alert was already taken in hand."));
        var page = Render<PairsMonitoring>(p => p.Add(x => x.ProgrammeId, _programmeId));
        page.WaitForElement($"tr[data-pair='{otherPair}'] ul.alerts button");
        Gateway
            .Answer(Pairs(), HttpStatusCode.OK, MonitoringSamples.PairsPage(1, 2,
                MonitoringSamples.Pair(_pairId, _menteeId, _mentorId, MonitoringSamples.Alert(first, acknowledged: true)),
                MonitoringSamples.Pair(otherPair, _menteeId, _mentorId, MonitoringSamples.Alert(second))))
            .Hold(Pairs(), reread.Task);

        page.Find($"tr[data-pair='{_pairId}'] ul.alerts button").Click();
        page.WaitForAssertion(() => Assert.Equal(2, Gateway.Requests.Count(r => r.Route == Pairs())));
        page.Find($"tr[data-pair='{otherPair}'] ul.alerts button").Click();
        page.WaitForAssertion(() => Assert.Contains("already taken in hand", page.Find("[role=alert]").TextContent));
        reread.SetResult();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll($"tr[data-pair='{_pairId}'] ul.alerts button")));
        Assert.Contains("already taken in hand", page.Find("[role=alert]").TextContent);
    }
}
