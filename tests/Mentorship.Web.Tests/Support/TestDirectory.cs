using System.Net;
using Mentorship.Web.Coordination;
using Mentorship.Web.Gateway;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.Web.Tests.Support;

/// <summary>A programme's participant names as the matching page loads them: Amina Diallo (mentee) and Marc Peeters (mentor).</summary>
public static class TestDirectory
{
    public static ParticipantDirectory Load(WebTestContext context, Guid programmeId, Guid menteeId, Guid mentorId)
    {
        context.Gateway.Answer($"GET /api/programmes/{programmeId}/applications?page=1&pageSize=200&status=approved", HttpStatusCode.OK,
            MatchingSamples.Approved(menteeId, mentorId));
        var directory = ParticipantDirectory.LoadAsync(context.Services.GetRequiredService<EnrollmentClient>(), programmeId).GetAwaiter().GetResult();
        context.Gateway.Requests.Clear();
        return directory;
    }
}
