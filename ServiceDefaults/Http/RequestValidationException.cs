namespace Mentorship.ServiceDefaults.Http;

/// <summary>Input refused before any work: answered as 400 with the field-level errors map.</summary>
public sealed class RequestValidationException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("One or more validation errors occurred.")
{
    public RequestValidationException(string field, string rule)
        : this(new Dictionary<string, string[]> { [field] = [rule] })
    {
    }

    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}
