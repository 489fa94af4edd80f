namespace Mentorship.Matching.Engine.Instances;

/// <summary>A malformed instance file: <see cref="Line"/> is 1-based, <see cref="Reason"/> says what is wrong there.</summary>
public sealed class InstanceFormatException(int line, string reason)
    : Exception($"line {line}: {reason}")
{
    public int Line { get; } = line;

    public string Reason { get; } = reason;
}
