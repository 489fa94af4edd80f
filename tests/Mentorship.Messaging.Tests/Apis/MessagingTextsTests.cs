using Mentorship.Messaging.Resources;
using Mentorship.Testing;

namespace Mentorship.Messaging.Tests.Apis;

public sealed class MessagingTextsTests() : TextsInEveryLanguageTests(MessagingTexts.All);
