using Mentorship.Messaging.Domain.Concerns;

namespace Mentorship.Messaging.Apis.Models;

/// <summary>
/// A concern about a programme, or about one pair of it when pairId is given (the raiser must be one of the pair);
/// severity defaults to medium; lab, where the programme has labs, picks that lab's escalation contacts.
/// </summary>
public sealed record RaiseConcernRequest(Guid? ProgrammeId, Guid? PairId, ConcernCategory? Category, string? Text, ConcernSeverity? Severity = null, string? Lab = null);
