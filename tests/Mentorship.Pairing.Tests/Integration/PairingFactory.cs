using Mentorship.ServiceDefaults.Hosting;
using Mentorship.Testing;

namespace Mentorship.Pairing.Tests.Integration;

/// <summary>The Pairing service over its own fresh database and the real broker.</summary>
public sealed class PairingFactory() : ServiceFactory<Program>(ResourceNames.PairingDb);
