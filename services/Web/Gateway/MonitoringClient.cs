using Mentorship.Web.Gateway.Models;

namespace Mentorship.Web.Gateway;

/// <summary>Pairing's monitoring routes the console uses: the pairs table a page at a time, and taking an alert in hand.</summary>
public sealed class MonitoringClient(GatewayClient gateway)
{
    public Task<ApiResult<PagedList<PairRow>>> PairsAsync(Guid programmeId, PairFilter filter, int page, int pageSize) =>
        gateway.GetAsync<PagedList<PairRow>>($"/api/programmes/{programmeId}/pairs?page={page}&pageSize={pageSize}{filter.Query}");

    public Task<ApiResult<PairAlertState>> AcknowledgeAlertAsync(Guid pairId, Guid alertId) =>
        gateway.PostAsync<PairAlertState>($"/api/pairs/{pairId}/alerts/{alertId}/acknowledge", new { });
}
