using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Http;

namespace Mentorship.ServiceDefaults.Http;

/// <summary>Validates the request body with its FluentValidation validator before the handler runs.</summary>
public sealed class ValidationFilter<TRequest>(IValidator<TRequest> validator) : IEndpointFilter
    where TRequest : class
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.Arguments.OfType<TRequest>().FirstOrDefault();
        if (request is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["A request body is required."] });

        var result = await validator.ValidateAsync(request, context.HttpContext.RequestAborted);
        return result.IsValid ? await next(context) : TypedResults.ValidationProblem(ToErrors(result));
    }

    /// <summary>Field names as the JSON spells them: "Person.Email" becomes "person.email".</summary>
    public static Dictionary<string, string[]> ToErrors(ValidationResult result) =>
        result.Errors
            .GroupBy(error => CamelCasePath(error.PropertyName))
            .ToDictionary(group => group.Key, group => group.Select(error => error.ErrorMessage).Distinct().ToArray());

    private static string CamelCasePath(string path) =>
        string.Join('.', path.Split('.').Select(segment =>
            segment.Length == 0 ? segment : char.ToLower(segment[0], CultureInfo.InvariantCulture) + segment[1..]));
}
