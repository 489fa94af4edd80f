namespace Mentorship.Load.Running;

/// <summary>A request answered, but not as the scenario expects (a status code, a missing field): an error of the run.</summary>
public sealed class UnexpectedAnswerException(string message) : Exception(message);
