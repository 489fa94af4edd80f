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

    /// <summary>Pages asked for together: enough to hide the round trips, few enough to spare Enrollment.</summary>
    public const int PagesAtOnce = 4;

    private readonly Dictionary<Guid, string> _names = [];
    private readonly List<NamedParticipant> _mentees = [];
    private readonly List<NamedParticipant> _mentors = [];

    public static ParticipantDirectory Empty { get; } = new();

    public IReadOnlyList<NamedParticipant> Mentees => _mentees;

    public IReadOnlyList<NamedParticipant> Mentors => _mentors;

    public string NameOf(Guid personId) => _names.TryGetValue(personId, out var name) ? name : ShortId(personId);

    /// <summary>The first eight hex digits: enough to tell people apart on a page, and to search the export for.</summary>
    public static string ShortId(Guid personId) => personId.ToString("N")[..8];

    /// <summary>
    /// Every approved application, a page of 200 at a time: the first page says how many there are, the
    /// others are then read <see cref="PagesAtOnce"/> at a time (the first-year programme's 950
    /// participants are five pages). A page that fails leaves the names found elsewhere.
    /// </summary>
    public static async Task<ParticipantDirectory> LoadAsync(EnrollmentClient enrollment, Guid programmeId)
    {
        var directory = new ParticipantDirectory();
        var first = await enrollment.ApplicationsAsync(programmeId, "approved", 1, PageSize);
        if (first.Value is not { } firstPage)
            return directory;
        directory.AddAll(firstPage);

        var others = Enumerable.Range(2, Math.Max(0, firstPage.PageCount - 1));
        foreach (var pages in others.Chunk(PagesAtOnce))
        {
            var results = await Task.WhenAll(pages.Select(page => enrollment.ApplicationsAsync(programmeId, "approved", page, PageSize)));
            foreach (var result in results)
            {
                if (result.Value is { } applications)
                    directory.AddAll(applications);
            }
        }

        return directory;
    }

    private void AddAll(PagedList<ApplicationSummary> applications)
    {
        foreach (var application in applications.Items)
            Add(application);
    }

    private void Add(ApplicationSummary application)
    {
        var participant = new NamedParticipant(application.PersonId, $"{application.FirstName} {application.LastName}");
        _names[participant.PersonId] = participant.Name;
        (application.Role == "mentor" ? _mentors : _mentees).Add(participant);
    }
}
