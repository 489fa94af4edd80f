using Mentorship.Web.Gateway.Models;

namespace Mentorship.Web.Gateway;

/// <summary>Enrollment's public routes the pages use (programmes, templates, applications).</summary>
public sealed class EnrollmentClient(GatewayClient gateway)
{
    /// <summary>Every programme, or with <paramref name="templateId"/> that template's only (its portal entry).</summary>
    public Task<ApiResult<PagedList<Programme>>> ProgrammesAsync(int page, int pageSize, string? templateId = null) =>
        gateway.GetAsync<PagedList<Programme>>(
            $"/api/programmes?page={page}&pageSize={pageSize}{(templateId is null ? "" : $"&template={Uri.EscapeDataString(templateId)}")}");

    public Task<ApiResult<Programme>> ProgrammeAsync(Guid programmeId) =>
        gateway.GetAsync<Programme>($"/api/programmes/{programmeId}");

    public Task<ApiResult<ProgrammeSettings>> SettingsAsync(Guid programmeId) =>
        gateway.GetAsync<ProgrammeSettings>($"/api/programmes/{programmeId}");

    /// <summary>Changes the settings as of the revision they were read at; 409 when someone changed them since.</summary>
    public Task<ApiResult<ProgrammeSettings>> UpdateSettingsAsync(Guid programmeId, SettingsChange change) =>
        gateway.PatchAsync<ProgrammeSettings>($"/api/programmes/{programmeId}", change);

    public Task<ApiResult<IReadOnlyList<ProgrammeTemplate>>> TemplatesAsync() =>
        gateway.GetAsync<IReadOnlyList<ProgrammeTemplate>>("/api/programme-templates");

    public Task<ApiResult<Programme>> CreateProgrammeAsync(string templateId, string name, string cohort) =>
        gateway.PostAsync<Programme>("/api/programmes", new { templateId, name, cohort });

    public Task<ApiResult<Application>> ApplyAsync(Guid programmeId, object application) =>
        gateway.PostAsync<Application>($"/api/programmes/{programmeId}/applications", application);

    public Task<ApiResult<PagedList<ApplicationSummary>>> ApplicationsAsync(Guid programmeId, string? status, int page, int pageSize) =>
        gateway.GetAsync<PagedList<ApplicationSummary>>(
            $"/api/programmes/{programmeId}/applications?page={page}&pageSize={pageSize}" + (string.IsNullOrEmpty(status) ? "" : $"&status={status}"));

    public Task<ApiResult<Application>> ApplicationAsync(Guid applicationId) =>
        gateway.GetAsync<Application>($"/api/applications/{applicationId}");

    public Task<ApiResult<Application>> RecordPreparationAsync(Guid applicationId, string step) =>
        gateway.PostAsync<Application>($"/api/applications/{applicationId}/preparation/{Uri.EscapeDataString(step)}", new { });

    public Task<ApiResult<Application>> ApproveAsync(Guid applicationId) =>
        gateway.PostAsync<Application>($"/api/applications/{applicationId}/approve", new { });

    public Task<ApiResult<Application>> RejectAsync(Guid applicationId, string? reason) =>
        gateway.PostAsync<Application>($"/api/applications/{applicationId}/reject", new { reason });
}
