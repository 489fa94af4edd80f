using System.Globalization;
using Mentorship.Web.Resources;
using Mentorship.Web.Session;

namespace Mentorship.Web.Tests.Resources;

public sealed class CodeLabelsTests : IDisposable
{
    private readonly (CultureInfo Culture, CultureInfo UiCulture) _before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);

    private static readonly string[] Lists = [CodeLabels.Sector, CodeLabels.JobFunction, CodeLabels.Expectation, CodeLabels.Language, CodeLabels.Region];

    [Fact]
    public void A_code_no_list_knows_reads_as_words_and_a_code_in_capitals_as_given()
    {
        Assert.Equal("deep sea welding", CodeLabels.Label(CodeLabels.Sector, "deep-sea-welding"));
        Assert.Equal("engineering", CodeLabels.Label(CodeLabels.Background, "engineering"));
        Assert.Equal("FR-IDF", CodeLabels.Label(CodeLabels.Region, "FR-IDF"));
    }

    [Theory]
    [InlineData(CodeLabels.Sector, "Logistique", "logistics")]
    [InlineData(CodeLabels.Sector, "logistiek", "logistics")]
    [InlineData(CodeLabels.Sector, " SANTÉ ", "health")]
    [InlineData(CodeLabels.Sector, "Informatique", "it")]
    [InlineData(CodeLabels.JobFunction, "Développement logiciel", "software-engineering")]
    [InlineData(CodeLabels.JobFunction, "software-engineering", "software-engineering")]
    [InlineData(CodeLabels.Expectation, "recherche d’emploi", "job-search")]
    [InlineData(CodeLabels.Sector, "Deep-sea Welding", "deep-sea-welding")]
    [InlineData(CodeLabels.Sector, "Santé publique", "sante-publique")]
    [InlineData(CodeLabels.Hobby, "Logistique", "logistique")]
    public void What_a_person_types_is_read_as_the_code_it_names_in_any_language_or_as_kebab_case(string list, string typed, string code)
    {
        Assert.Equal(code, CodeLabels.CodeOf(list, typed));
    }

    [Fact]
    public void The_vocabulary_lists_the_sectors_and_job_functions_people_apply_with()
    {
        Assert.InRange(CodeLabels.Known(CodeLabels.Sector).Count, 20, 30);
        Assert.InRange(CodeLabels.Known(CodeLabels.JobFunction).Count, 20, 30);
        Assert.Contains("logistics", CodeLabels.Known(CodeLabels.Sector));
        Assert.Contains("operations", CodeLabels.Known(CodeLabels.JobFunction));
        Assert.Contains("supply-chain", CodeLabels.Known(CodeLabels.JobFunction));
        Assert.Contains("job-search", CodeLabels.Known(CodeLabels.Expectation));
    }

    /// <summary>A name read back as a code must name one code only, and kebab-case codes are what the services accept.</summary>
    [Fact]
    public void Within_a_list_no_name_in_any_language_reads_as_another_code()
    {
        foreach (var list in Lists)
        {
            var codes = CodeLabels.Known(list);
            foreach (var code in codes)
            {
                foreach (var language in UiLanguages.All)
                {
                    CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
                    Assert.Equal(code, CodeLabels.CodeOf(list, CodeLabels.Label(list, code)));
                }

                if (list != CodeLabels.Region)
                    Assert.Equal(code, CodeLabels.Kebab(code));
            }
        }
    }

    [Fact]
    public void Choices_are_in_the_alphabetical_order_of_their_names_in_the_pages_language()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr");

        var names = CodeLabels.Choices(CodeLabels.Sector).Select(choice => choice.Value).ToList();

        Assert.Equal(names.Order(StringComparer.Create(CultureInfo.GetCultureInfo("fr"), ignoreCase: true)), names);
        Assert.Equal("Action sociale", names[0]);
        Assert.Contains("Énergie et environnement", names);
    }

    public void Dispose() => (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = _before;
}
