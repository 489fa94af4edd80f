using Mentorship.Web.Gateway.Models;

namespace Mentorship.Web.Gateway;

/// <summary>Matching's public routes the coordinators' matching page uses (pool, weights, appreciations, rounds).</summary>
public sealed class MatchingClient(GatewayClient gateway)
{
    public Task<ApiResult<MatchingPool>> PoolAsync(Guid programmeId) =>
        gateway.GetAsync<MatchingPool>($"/api/programmes/{programmeId}/matching/pool");

    public Task<ApiResult<MatchingWeights>> WeightsAsync(Guid programmeId) =>
        gateway.GetAsync<MatchingWeights>($"/api/programmes/{programmeId}/matching/weights");

    /// <summary>All 8 weights at once, keyed by field name: the service changes nothing by omission.</summary>
    public Task<ApiResult<MatchingWeights>> SaveWeightsAsync(Guid programmeId, IReadOnlyDictionary<string, double?> weights) =>
        gateway.PutAsync<MatchingWeights>($"/api/programmes/{programmeId}/matching/weights", weights);

    public Task<ApiResult<PagedList<Appreciation>>> AppreciationsAsync(Guid programmeId, int page, int pageSize) =>
        gateway.GetAsync<PagedList<Appreciation>>($"/api/programmes/{programmeId}/matching/appreciations?inForce=true&page={page}&pageSize={pageSize}");

    public Task<ApiResult<Appreciation>> RecordAppreciationAsync(Guid programmeId, Guid? menteeId, Guid? mentorId, string kind, double? value, string reason) =>
        gateway.PostAsync<Appreciation>($"/api/programmes/{programmeId}/matching/appreciations", new { menteeId, mentorId, kind, value, reason });

    public Task<ApiResult<Appreciation>> RevokeAppreciationAsync(Guid programmeId, Guid appreciationId) =>
        gateway.DeleteAsync<Appreciation>($"/api/programmes/{programmeId}/matching/appreciations/{appreciationId}");

    public Task<ApiResult<StartedRound>> StartRoundAsync(Guid programmeId, string mode) =>
        gateway.PostAsync<StartedRound>($"/api/programmes/{programmeId}/matching-rounds", new { mode });

    public Task<ApiResult<PagedList<RoundSummary>>> RoundsAsync(Guid programmeId, int page, int pageSize) =>
        gateway.GetAsync<PagedList<RoundSummary>>($"/api/programmes/{programmeId}/matching-rounds?page={page}&pageSize={pageSize}");

    /// <summary>The round with page <paramref name="page"/> of its proposals and of its unmatched mentees.</summary>
    public Task<ApiResult<RoundDetail>> RoundAsync(Guid roundId, int page, int pageSize, CancellationToken cancellationToken = default) =>
        gateway.GetAsync<RoundDetail>($"/api/matching-rounds/{roundId}?page={page}&pageSize={pageSize}", cancellationToken);

    public Task<ApiResult<PublishedRound>> PublishAsync(Guid roundId) =>
        gateway.PostAsync<PublishedRound>($"/api/matching-rounds/{roundId}/publish", new { });
}
