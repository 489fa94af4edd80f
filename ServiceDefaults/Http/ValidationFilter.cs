using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Mentorship.ServiceDefaults.Texts;

namespace Mentorship.ServiceDefaults.Http;

/// <summary>
/// Validates the request body with its FluentValidation validator before the handler runs. A body the
/// endpoint declares optional (<c>[FromBody] T?</c>) may be left out; a required one may not.
/// </summary>
public sealed class ValidationFilter<TRequest>(IValidator<TRequest> validator) : IEndpointFilter
    where TRequest : class
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.Arguments.OfType<TRequest>().FirstOrDefault();
        if (request is null)
        {
            return BodyIsOptional(context.HttpContext)
                ? await next(context)
                : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = [PlatformTexts.All.InUiLanguage("problem.body.required")] });
        }

        // FluentValidation's own messages and WithText's follow the UI culture RequestLanguageMiddleware set.
        var result = await validator.ValidateAsync(request, context.HttpContext.RequestAborted);
        return result.IsValid ? await next(context) : TypedResults.ValidationProblem(ToErrors(result));
    }

    private static bool BodyIsOptional(HttpContext http) =>
        http.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>() is { IsOptional: true };

    /// <summary>Field names as the JSON spells them: "Person.Email" becomes "person.email".</summary>
    public static Dictionary<string, string[]> ToErrors(ValidationResult result) =>
        result.Errors
            .GroupBy(error => CamelCasePath(error.PropertyName))
            .ToDictionary(group => group.Key, group => group.Select(error => error.ErrorMessage).Distinct().ToArray());

    private static string CamelCasePath(string path) =>
        string.Join('.', path.Split('.').Select(segment =>
            segment.Length == 0 ? segment : char.ToLower(segment[0], CultureInfo.InvariantCulture) + segment[1..]));
}
