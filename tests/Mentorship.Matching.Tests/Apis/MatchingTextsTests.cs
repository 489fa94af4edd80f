using Mentorship.Matching.Resources;
using Mentorship.Testing;

namespace Mentorship.Matching.Tests.Apis;

public sealed class MatchingTextsTests() : TextsInEveryLanguageTests(MatchingTexts.All);
