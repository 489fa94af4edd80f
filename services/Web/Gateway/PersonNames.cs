namespace Mentorship.Web.Gateway;

/// <summary>
/// Names of a programme's participants by person id, from Enrollment's approved applications, read a
/// page at a time and only as far as the names asked for need. Someone not found, or a coordinator the
/// list is refused to, is shown by a short id instead.
/// </summary>
public sealed class PersonNames(EnrollmentClient enrollment, Guid programmeId)
{
    public const int PageSize = 200;

    private readonly Dictionary<Guid, string> _names = [];
    private int _pagesRead;
    private int _pageCount = 1;
    private bool _unavailable;

    public async Task FindAsync(IEnumerable<Guid> people)
    {
        var missing = people.Where(id => !_names.ContainsKey(id)).ToHashSet();
        while (missing.Count > 0 && !_unavailable && _pagesRead < _pageCount)
        {
            var result = await enrollment.ApplicationsAsync(programmeId, "approved", _pagesRead + 1, PageSize);
            if (result.Value is not { } page)
            {
                _unavailable = true;
                return;
            }

            (_pagesRead, _pageCount) = (_pagesRead + 1, page.PageCount);
            foreach (var application in page.Items)
            {
                _names[application.PersonId] = $"{application.FirstName} {application.LastName}";
                missing.Remove(application.PersonId);
            }
        }
    }

    public string Of(Guid personId) => _names.TryGetValue(personId, out var name) ? name : ShortId(personId);

    /// <summary>The first eight hex digits: enough to tell people apart on a page, and to search the export for.</summary>
    public static string ShortId(Guid personId) => personId.ToString("N")[..8];
}
