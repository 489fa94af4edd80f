using Mentorship.ServiceDefaults.Hosting;
using Mentorship.Testing;

namespace Mentorship.Matching.Tests.Integration;

public sealed class MatchingFactory() : ServiceFactory<Program>(ResourceNames.MatchingDb, usesCache: true);
