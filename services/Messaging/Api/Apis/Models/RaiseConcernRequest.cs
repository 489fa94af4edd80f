using Mentorship.Messaging.Domain.Concerns;

namespace Mentorship.Messaging.Apis.Models;

/// <summary>A concern about a programme, or about one pair of it when pairId is given (the raiser must be one of the pair).</summary>
public sealed record RaiseConcernRequest(Guid? ProgrammeId, Guid? PairId, ConcernCategory? Category, string? Text);
