namespace Mentorship.ServiceDefaults.Backend.Privacy;

public enum PersonColumnKind
{
    /// <summary>uuid: equals the id.</summary>
    Id,

    /// <summary>uuid[]: contains the id.</summary>
    IdArray,

    /// <summary>text or varchar: the id written inside (an idempotency key, an explanation).</summary>
    Text,

    /// <summary>jsonb: the id written anywhere in the document.</summary>
    Json,
}
