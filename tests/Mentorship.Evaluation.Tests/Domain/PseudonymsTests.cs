using Mentorship.Evaluation.Domain;

namespace Mentorship.Evaluation.Tests.Domain;

public sealed class PseudonymsTests
{
    private static readonly byte[] Salt = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

    [Fact]
    public void A_person_keeps_one_code_within_a_programme()
    {
        var person = Guid.NewGuid();

        Assert.Equal(Pseudonyms.Code(Salt, person), Pseudonyms.Code(Salt.ToArray(), person));
        Assert.Equal(Pseudonyms.CodeLength, Pseudonyms.Code(Salt, person).Length);
    }

    [Fact]
    public void Codes_differ_between_people_and_between_programmes()
    {
        var person = Guid.NewGuid();
        var otherSalt = Salt.Reverse().ToArray();

        Assert.NotEqual(Pseudonyms.Code(Salt, person), Pseudonyms.Code(Salt, Guid.NewGuid()));
        Assert.NotEqual(Pseudonyms.Code(Salt, person), Pseudonyms.Code(otherSalt, person));
    }

    [Fact]
    public void A_code_does_not_contain_the_person_id()
    {
        var person = Guid.NewGuid();
        var code = Pseudonyms.Code(Salt, person);

        Assert.DoesNotContain(code, person.ToString("N"), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(person.ToString("N")[..8], code, StringComparison.OrdinalIgnoreCase);
    }
}
