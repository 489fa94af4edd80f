using Mentorship.ServiceDefaults.Backend.Privacy;

namespace Mentorship.Pairing.Apis;

/// <summary>
/// What a member's export adds to the rows naming them: their pairs' meetings and the coordinators'
/// follow-up log of their pairs, which are about them though keyed by the pair (the right of access
/// covers notes kept about a person). Concerns stay out: who raised one is confidential.
/// </summary>
public static class PairsOfThePerson
{
    private const string TheirPairs = "pair_id IN (SELECT id FROM pairs WHERE mentee_id = @id OR mentor_id = @id)";

    public static readonly RelatedRows[] Related = [new("meetings", TheirPairs), new("follow_up_entries", TheirPairs)];
}
