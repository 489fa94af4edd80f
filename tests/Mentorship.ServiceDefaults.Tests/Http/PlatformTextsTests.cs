using Mentorship.ServiceDefaults.Texts;
using Mentorship.Testing;

namespace Mentorship.ServiceDefaults.Tests.Http;

public sealed class PlatformTextsTests() : TextsInEveryLanguageTests(PlatformTexts.All);
