using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Mentorship.ServiceDefaults.Http;

public static class ValidationEndpointExtensions
{
    /// <summary>Refuses an invalid body with 400 and the field-level errors before the handler runs.</summary>
    public static RouteHandlerBuilder WithValidation<TRequest>(this RouteHandlerBuilder builder)
        where TRequest : class =>
        builder.AddEndpointFilter<ValidationFilter<TRequest>>().ProducesValidationProblem();
}
