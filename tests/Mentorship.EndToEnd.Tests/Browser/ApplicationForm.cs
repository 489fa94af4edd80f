namespace Mentorship.EndToEnd.Tests.Browser;

/// <summary>MentorYou's application form, filled as an eligible applicant would, field by field.</summary>
public static class ApplicationForm
{
    public static async Task FillMenteeAsync(WebPerson person, string name, string email)
    {
        await FillPersonAsync(person, name, email, "1995-05-05");
        await person.FillAsync("#jobFunction", "operations");
        await person.FillAsync("#expectations", "job search, network");
        await person.Page.SelectOptionAsync("#answer-foreignBackground", "foreign-origin");
        await person.Page.CheckAsync("#answer-workPermit");
        await person.Page.SelectOptionAsync("#answer-frenchLevel", "B2");
        await person.Page.CheckAsync("#answer-activelyJobSeeking");
        await person.Page.CheckAsync("#answer-wantsMentor");
        await ConsentAsync(person);
    }

    public static async Task FillMentorAsync(WebPerson person, string name, string email)
    {
        await FillPersonAsync(person, name, email, "1975-05-05");
        await person.FillAsync("#jobFunction", "operations");
        await person.FillAsync("#capacity", "1");
        await person.Page.CheckAsync("#answer-professionallyActive");
        await person.Page.CheckAsync("#answer-hasMeetingPlace");
        await ConsentAsync(person);
    }

    private static async Task FillPersonAsync(WebPerson person, string name, string email, string birthDate)
    {
        await person.FillAsync("#firstName", name);
        await person.FillAsync("#lastName", "Test");
        await person.FillAsync("#email", email);
        await person.FillAsync("#birthDate", birthDate);
        await person.FillAsync("#sectors", "logistics");
        await person.Page.CheckAsync("#speaks-fr");
    }

    private static async Task ConsentAsync(WebPerson person)
    {
        await person.Page.CheckAsync("#consent-contactSharing");
        await person.Page.CheckAsync("#consent-research");
    }
}
