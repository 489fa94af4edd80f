namespace Mentorship.Messaging.Domain.Concerns;

/// <summary>How serious the person raising a concern judges it; the handlers see it first in their list.</summary>
public enum ConcernSeverity
{
    Low,
    Medium,
    High,
    Critical,
}
