using Mentorship.Web.Gateway.Models;

namespace Mentorship.Web.Gateway;

/// <summary>Evaluation's reports of a programme (outcomes, effects and perceived benefits), and the roll-up of its template's programmes.</summary>
public sealed class ReportsClient(GatewayClient gateway)
{
    public Task<ApiResult<OutcomesReport>> OutcomesAsync(Guid programmeId) =>
        gateway.GetAsync<OutcomesReport>($"/api/programmes/{programmeId}/reports/outcomes");

    public Task<ApiResult<EffectsReport>> EffectsAsync(Guid programmeId) =>
        gateway.GetAsync<EffectsReport>($"/api/programmes/{programmeId}/reports/effects");

    public Task<ApiResult<BenefitsReport>> BenefitsAsync(Guid programmeId) =>
        gateway.GetAsync<BenefitsReport>($"/api/programmes/{programmeId}/reports/benefits");

    public Task<ApiResult<RollupReport>> RollupAsync(string templateId) =>
        gateway.GetAsync<RollupReport>($"/api/reports/rollup?template={Uri.EscapeDataString(templateId)}");
}
