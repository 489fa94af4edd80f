using Mentorship.Pairing.Resources;
using Mentorship.Testing;

namespace Mentorship.Pairing.Tests.Apis;

public sealed class PairingTextsTests() : TextsInEveryLanguageTests(PairingTexts.All);
