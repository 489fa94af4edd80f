using FluentValidation;
using Mentorship.ServiceDefaults.Texts;

namespace Mentorship.ServiceDefaults.Http;

/// <summary>
/// A rule's own message in the request's language. Validators are singletons built once, so the text
/// cannot be chosen when the rule is written: it is looked up when the rule fails, in the UI culture
/// <see cref="RequestLanguageMiddleware"/> sets from the request (English where none is set).
/// </summary>
public static class ValidationTextExtensions
{
    public static IRuleBuilderOptions<T, TProperty> WithText<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> rule, ResourceTexts texts, string key, params object?[] values) =>
        rule.WithMessage(_ => texts.InUiLanguage(key, values));

    /// <summary>For a text that names something of the instance validated, e.g. another field's value.</summary>
    public static IRuleBuilderOptions<T, TProperty> WithText<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> rule, ResourceTexts texts, string key, Func<T, object?[]> values) =>
        rule.WithMessage(instance => texts.InUiLanguage(key, values(instance)));

    /// <summary>For a text another type words in every language, given the language ("fr", "nl" or "en").</summary>
    public static IRuleBuilderOptions<T, TProperty> WithText<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> rule, Func<T, string, string> text) =>
        rule.WithMessage(instance => text(instance, TextLanguages.InUiCulture));
}
