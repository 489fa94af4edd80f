using Mentorship.Web.Gateway.Models;

namespace Mentorship.Web.Gateway;

/// <summary>
/// The routes a pair's members use for its life (Pairing's /api/me/pairs and /api/pairs/{pairId}/...), and
/// the partner's profile, which Enrollment serves under the pair's route.
/// </summary>
public sealed class MentoringClient(GatewayClient gateway)
{
    public Task<ApiResult<PagedList<MyPair>>> MyPairsAsync(int page, int pageSize) =>
        gateway.GetAsync<PagedList<MyPair>>($"/api/me/pairs?page={page}&pageSize={pageSize}");

    public Task<ApiResult<Pair>> PairAsync(Guid pairId) =>
        gateway.GetAsync<Pair>($"/api/pairs/{pairId}");

    public Task<ApiResult<Partner>> PartnerAsync(Guid pairId) =>
        gateway.GetAsync<Partner>($"/api/pairs/{pairId}/partner");

    public Task<ApiResult<Pair>> DecideAsync(Guid pairId, bool accept, string? reason) =>
        gateway.PostAsync<Pair>($"/api/pairs/{pairId}/mentor-decision", new { accept, reason });

    public Task<ApiResult<Pair>> DecideAsMenteeAsync(Guid pairId, bool accept, string? reason) =>
        gateway.PostAsync<Pair>($"/api/pairs/{pairId}/mentee-decision", new { accept, reason });

    public Task<ApiResult<Pair>> RecordFirstMeetingAsync(Guid pairId, DateOnly? heldOn, bool? fit, string? notes) =>
        gateway.PostAsync<Pair>($"/api/pairs/{pairId}/first-meeting", new { heldOn, fit, notes });

    public Task<ApiResult<Pair>> SignContractAsync(Guid pairId) =>
        gateway.PostAsync<Pair>($"/api/pairs/{pairId}/contract/sign", new { });

    public Task<ApiResult<Pair>> SetActionPlanAsync(Guid pairId, IEnumerable<object> goals) =>
        gateway.PutAsync<Pair>($"/api/pairs/{pairId}/action-plan", new { goals });

    public Task<ApiResult<Pair>> CloseAsync(Guid pairId, string? outcome, string? notes) =>
        gateway.PostAsync<Pair>($"/api/pairs/{pairId}/close", new { outcome, notes });

    public Task<ApiResult<Meeting>> LogMeetingAsync(Guid pairId, DateOnly? date, int? durationMinutes, string? place, IReadOnlyList<string> dimensions) =>
        gateway.PostAsync<Meeting>($"/api/pairs/{pairId}/meetings", new { date, durationMinutes, place, dimensions });
}
