using Mentorship.Evaluation.Domain.Templates;

namespace Mentorship.Evaluation.Apis.Models;

public sealed record ItemOptionView(string Id, string Label)
{
    public static ItemOptionView From(ItemOption option, string language) => new(option.Id, option.Label.In(language));
}
