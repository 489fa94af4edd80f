using Microsoft.AspNetCore.Mvc;

namespace Mentorship.ServiceDefaults.Http;

/// <summary>
/// Describes, as the ProblemDetails a client gets, an exception that a layer below HTTP knows (a
/// concurrent database write, say). <see cref="PlatformExceptionHandler"/> asks every registered
/// mapper before answering 500, so the HTTP conventions need not know that layer.
/// </summary>
public interface IExceptionProblemMapper
{
    /// <summary>The problem to answer with, its Status set, or null when the exception is not one this mapper knows.</summary>
    ProblemDetails? Map(Exception exception);
}
