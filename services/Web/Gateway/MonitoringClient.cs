using Mentorship.Web.Gateway.Models;

namespace Mentorship.Web.Gateway;

/// <summary>Pairing's monitoring routes the console uses: the pairs table a page at a time, taking an alert in hand, a pair's follow-up log and closing interviews.</summary>
public sealed class MonitoringClient(GatewayClient gateway)
{
    public Task<ApiResult<PagedList<PairRow>>> PairsAsync(Guid programmeId, PairFilter filter, int page, int pageSize) =>
        gateway.GetAsync<PagedList<PairRow>>($"/api/programmes/{programmeId}/pairs?page={page}&pageSize={pageSize}{filter.Query}");

    public Task<ApiResult<PairAlertState>> AcknowledgeAlertAsync(Guid pairId, Guid alertId) =>
        gateway.PostAsync<PairAlertState>($"/api/pairs/{pairId}/alerts/{alertId}/acknowledge", new { });

    public Task<ApiResult<PagedList<FollowUpEntry>>> FollowUpAsync(Guid pairId, int page, int pageSize) =>
        gateway.GetAsync<PagedList<FollowUpEntry>>($"/api/pairs/{pairId}/follow-up?page={page}&pageSize={pageSize}");

    public Task<ApiResult<FollowUpEntry>> AddFollowUpAsync(Guid pairId, object entry) =>
        gateway.PostAsync<FollowUpEntry>($"/api/pairs/{pairId}/follow-up", entry);

    public Task<ApiResult<PairInterviews>> ClosingInterviewsAsync(Guid pairId) =>
        gateway.GetAsync<PairInterviews>($"/api/pairs/{pairId}");

    public Task<ApiResult<PairInterviews>> RecordClosingInterviewAsync(Guid pairId, string side, object interview) =>
        gateway.PutAsync<PairInterviews>($"/api/pairs/{pairId}/closing-interview/{side}", interview);
}
