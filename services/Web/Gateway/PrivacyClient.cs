using Mentorship.Web.Gateway.Models;

namespace Mentorship.Web.Gateway;

/// <summary>The person's own data: their profile, their applications with their consent, and the erasure of everything.</summary>
public sealed class PrivacyClient(GatewayClient gateway)
{
    public Task<ApiResult<PagedList<MyApplication>>> MyApplicationsAsync(int page, int pageSize) =>
        gateway.GetAsync<PagedList<MyApplication>>($"/api/me/applications?page={page}&pageSize={pageSize}");

    public Task<ApiResult<Application>> RecordConsentAsync(Guid applicationId, string noticeVersion, bool contactSharing, bool research) =>
        gateway.PutAsync<Application>($"/api/applications/{applicationId}/consent", new { noticeVersion, contactSharing, research });

    public Task<ApiResult<ErasureState>> RequestErasureAsync(Guid personId) =>
        gateway.DeleteAsync<ErasureState>($"/api/people/{personId}");

    public Task<ApiResult<MyProfile>> ProfileAsync() => gateway.GetAsync<MyProfile>("/api/me/profile");

    public Task<ApiResult<MyProfile>> SaveProfileAsync(string displayName, string preferredLanguage) =>
        gateway.PutAsync<MyProfile>("/api/me/profile", new { displayName, preferredLanguage });

    public Task<ApiResult<ErasureState>> ErasureAsync(Guid personId) =>
        gateway.GetAsync<ErasureState>($"/api/people/{personId}/erasure");
}
