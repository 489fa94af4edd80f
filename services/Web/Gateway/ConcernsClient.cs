using Mentorship.Web.Gateway.Models;

namespace Mentorship.Web.Gateway;

/// <summary>Messaging's concern routes for their handlers: the programme's list, one concern with its audit, and its steps.</summary>
public sealed class ConcernsClient(GatewayClient gateway)
{
    /// <summary>The steps a handler takes, as the routes name them.</summary>
    public static readonly IReadOnlyList<string> ConcernSteps = ["acknowledge", "start", "resolve", "escalate"];

    public Task<ApiResult<PagedList<Concern>>> ConcernsAsync(Guid programmeId, string? status, int page, int pageSize) =>
        gateway.GetAsync<PagedList<Concern>>(
            $"/api/programmes/{programmeId}/concerns?page={page}&pageSize={pageSize}" + (string.IsNullOrEmpty(status) ? "" : $"&status={status}"));

    public Task<ApiResult<Concern>> ConcernAsync(Guid concernId) =>
        gateway.GetAsync<Concern>($"/api/concerns/{concernId}");

    public Task<ApiResult<Concern>> StepAsync(Guid concernId, string step, string? note)
    {
        if (!ConcernSteps.Contains(step))
            throw new ArgumentOutOfRangeException(nameof(step), step, "Not a concern step.");
        return gateway.PostAsync<Concern>($"/api/concerns/{concernId}/{step}", new { note = string.IsNullOrWhiteSpace(note) ? null : note });
    }
}
