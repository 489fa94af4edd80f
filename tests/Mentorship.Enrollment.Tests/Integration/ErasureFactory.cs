using Mentorship.Enrollment.Contracts;
using Mentorship.ServiceDefaults.Backend.Outbox;
using Mentorship.ServiceDefaults.Hosting;
using Mentorship.Testing;

namespace Mentorship.Enrollment.Tests.Integration;

/// <summary>Enrollment with the inbox's log lines recorded, to see a duplicate delivery acknowledged without effect.</summary>
public sealed class ErasureFactory : ServiceFactory<Program>
{
    public ErasureFactory()
        : base(ResourceNames.EnrollmentDb) =>
        Logs = new RecordedLogs(
            typeof(InboxFilter<PersonErasureRequested>).FullName!,
            "Mentorship.ServiceDefaults.Backend.Outbox.InboxFilter",
            "Mentorship.ServiceDefaults.Backend.Outbox.InboxFilter<Mentorship.Enrollment.Contracts.PersonErasureRequested>");
}
