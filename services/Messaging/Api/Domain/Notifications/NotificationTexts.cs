using Kind = Mentorship.Messaging.Domain.Notifications.NotificationKind;
using Language = Mentorship.Messaging.Domain.Notifications.NotificationLanguage;

namespace Mentorship.Messaging.Domain.Notifications;

/// <summary>
/// The words of every notification in French, Dutch and English. They name no one: the other person's
/// details are shown, if at all, by the page the notification links to, under that page's own rules.
/// </summary>
public static class NotificationTexts
{
    private static readonly Dictionary<(Kind, Language), NotificationText> Texts = new()
    {
        [(Kind.MenteeProposed, Language.Fr)] = new(
            "Une proposition de mentorat vous attend",
            "L'équipe du programme vous propose une personne à accompagner. Ouvrez la proposition pour découvrir son profil et nous dire si vous acceptez de la rencontrer."),
        [(Kind.MenteeProposed, Language.Nl)] = new(
            "Er wordt u een mentee voorgesteld",
            "Het programmateam stelt u een mentee voor. Open het voorstel om het profiel te lezen en laat ons weten of u een kennismaking ziet zitten."),
        [(Kind.MenteeProposed, Language.En)] = new(
            "A mentee is proposed to you",
            "The programme team proposes a mentee to you. Open the proposal to read their profile and tell us whether you agree to meet."),

        [(Kind.MentorAccepted, Language.Fr)] = new(
            "Votre mentor accepte de vous rencontrer",
            "Le mentor qui vous a été proposé a accepté. Vous pouvez maintenant convenir ensemble de votre première rencontre dans la conversation de votre binôme."),
        [(Kind.MentorAccepted, Language.Nl)] = new(
            "Uw mentor wil u graag ontmoeten",
            "De mentor die u werd voorgesteld, heeft aanvaard. U kunt nu samen uw eerste ontmoeting afspreken in het gesprek van uw duo."),
        [(Kind.MentorAccepted, Language.En)] = new(
            "Your mentor agreed to meet you",
            "The mentor proposed to you has accepted. You can now arrange your first meeting together in your pair's conversation."),

        [(Kind.NewMatchSought, Language.Fr)] = new(
            "Nous vous cherchons un nouveau mentor",
            "Ce binôme ne se poursuivra pas. Cela arrive et ne dit rien de vous : l'équipe du programme cherche déjà un autre mentor pour vous et vous préviendra dès qu'une nouvelle proposition sera prête."),
        [(Kind.NewMatchSought, Language.Nl)] = new(
            "We zoeken een nieuwe mentor voor u",
            "Dit duo gaat niet verder. Dat gebeurt, en het zegt niets over u: het programmateam zoekt al een andere mentor voor u en laat het u weten zodra er een nieuw voorstel is."),
        [(Kind.NewMatchSought, Language.En)] = new(
            "We are looking for a new mentor for you",
            "This pairing will not go on. That happens, and it says nothing about you: the programme team is already looking for another mentor for you and will let you know as soon as there is a new proposal."),

        [(Kind.PairActivated, Language.Fr)] = new(
            "Votre mentorat commence",
            "Vous avez tous deux signé l'engagement : votre binôme est désormais actif. Nous vous souhaitons des rencontres riches et utiles."),
        [(Kind.PairActivated, Language.Nl)] = new(
            "Uw mentortraject is begonnen",
            "U hebt allebei het engagement ondertekend: uw duo is nu actief. We wensen u boeiende en nuttige ontmoetingen."),
        [(Kind.PairActivated, Language.En)] = new(
            "Your mentoring has started",
            "You have both signed the engagement: your pair is now active. We wish you rich and useful meetings."),

        [(Kind.PairClosed, Language.Fr)] = new(
            "Votre mentorat est terminé",
            "Votre binôme a été clôturé. Vos messages restent lisibles, mais la conversation n'en accepte plus de nouveaux. Merci pour votre engagement."),
        [(Kind.PairClosed, Language.Nl)] = new(
            "Uw mentortraject is afgelopen",
            "Uw duo werd afgesloten. Uw berichten blijven leesbaar, maar er kunnen geen nieuwe meer bij. Bedankt voor uw inzet."),
        [(Kind.PairClosed, Language.En)] = new(
            "Your mentoring has ended",
            "Your pair has been closed. Your messages remain readable, but the conversation no longer takes new ones. Thank you for your commitment."),

        [(Kind.SurveyAssigned, Language.Fr)] = new(
            "Une évaluation vous attend",
            "Prenez quelques minutes pour y répondre : vos réponses aident à améliorer le programme."),
        [(Kind.SurveyAssigned, Language.Nl)] = new(
            "Er wacht een evaluatie op u",
            "Neem een paar minuten om ze in te vullen: uw antwoorden helpen het programma te verbeteren."),
        [(Kind.SurveyAssigned, Language.En)] = new(
            "An evaluation awaits you",
            "Please take a few minutes to answer it: your answers help improve the programme."),

        [(Kind.ConcernAcknowledged, Language.Fr)] = new(
            "Votre signalement a été reçu",
            "Un référent du programme a pris connaissance de votre signalement et y donnera suite en toute discrétion."),
        [(Kind.ConcernAcknowledged, Language.Nl)] = new(
            "Uw melding is ontvangen",
            "Een referent van het programma heeft uw melding gelezen en volgt ze discreet op."),
        [(Kind.ConcernAcknowledged, Language.En)] = new(
            "Your concern has been received",
            "A referent of the programme has read your concern and will follow it up discreetly."),
    };

    public static NotificationText For(Kind kind, Language language) => Texts[(kind, language)];
}
