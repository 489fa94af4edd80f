using Mentorship.ServiceDefaults.Hosting;
using Mentorship.Testing;

namespace Mentorship.Enrollment.Bench;

/// <summary>The Enrollment service in-process over the test infrastructure's servers, in a fresh database.</summary>
public sealed class BenchFactory() : ServiceFactory<Program>(ResourceNames.EnrollmentDb);
