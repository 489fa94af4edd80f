using Mentorship.Identity.Domain;

namespace Mentorship.Identity.Mail;

/// <summary>The sign-in code mail in the person's language: short, the code, its lifetime, what to do if unasked.</summary>
public static class SignInCodeTexts
{
    public static (string Subject, string Body) For(string locale, string code, int minutes) => locale switch
    {
        Locales.Dutch => ("Uw aanmeldcode",
            $"Hallo,\n\nUw aanmeldcode is {code}. Hij is {minutes} minuten geldig.\n\nHebt u niets aangevraagd? Negeer dan dit bericht.\n"),
        Locales.English => ("Your sign-in code",
            $"Hello,\n\nYour sign-in code is {code}. It is valid for {minutes} minutes.\n\nIf you did not ask for it, ignore this message.\n"),
        _ => ("Votre code de connexion",
            $"Bonjour,\n\nVotre code de connexion est {code}. Il est valable {minutes} minutes.\n\nSi vous n'avez rien demandé, ignorez ce message.\n"),
    };
}
