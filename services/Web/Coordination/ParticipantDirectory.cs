using Mentorship.Web.Gateway;
using Mentorship.Web.Gateway.Models;

namespace Mentorship.Web.Coordination;

/// <summary>
/// A programme's approved participants by person id, read from its applications, so that the console's
/// matching and monitoring pages show people rather than ids. Anyone not found (withdrawn since, or names not readable) shows as a short id.
/// </summary>
public sealed class ParticipantDirectory
{
    public const int PageSize = 200;
    private readonly Dictionary<Guid, string> _names = [];
    private readonly List<NamedParticipant> _mentees = [];
    private readonly List<NamedParticipant> _mentors = [];

    public static ParticipantDirectory Empty { get; } = new();

    public IReadOnlyList<NamedParticipant> Mentees => _mentees;

    public IReadOnlyList<NamedParticipant> Mentors => _mentors;

    public string NameOf(Guid personId) => _names.TryGetValue(personId, out var name) ? name : ShortId(personId);

    /// <summary>The first eight hex digits: enough to tell people apart on a page, and to search the export for.</summary>
    public static string ShortId(Guid personId) => personId.ToString("N")[..8];

    /// <summary>Every approved application, a page of 200 at a time; a failure leaves the names found so far.</summary>
    public static async Task<ParticipantDirectory> LoadAsync(EnrollmentClient enrollment, Guid programmeId)
    {
        var directory = new ParticipantDirectory();
        for (var page = 1; ; page++)
        {
            var result = await enrollment.ApplicationsAsync(programmeId, "approved", page, PageSize);
            if (result.Value is not { } applications)
                return directory;
            foreach (var application in applications.Items)
                directory.Add(application);
            if (page >= applications.PageCount)
                return directory;
        }
    }

    private void Add(ApplicationSummary application)
    {
        var participant = new NamedParticipant(application.PersonId, $"{application.FirstName} {application.LastName}");
        _names[participant.PersonId] = participant.Name;
        (application.Role == "mentor" ? _mentors : _mentees).Add(participant);
    }
}
