using Mentorship.ServiceDefaults.Hosting;
using Mentorship.Testing;

namespace Mentorship.Enrollment.Tests.Integration;

public sealed class EnrollmentFactory() : ServiceFactory<Program>(ResourceNames.EnrollmentDb);
