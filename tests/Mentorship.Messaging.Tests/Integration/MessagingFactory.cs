using Mentorship.ServiceDefaults.Hosting;
using Mentorship.Testing;

namespace Mentorship.Messaging.Tests.Integration;

public sealed class MessagingFactory() : ServiceFactory<Program>(ResourceNames.MessagingDb, usesCache: true);
