using Disclosure.Content;

namespace Disclosure.Rendering.Models;

public sealed class CommentPeriodPageModel : PageModel
{
    public required PeriodSummary Summary { get; init; }
    public required HtmlFragment BodyHtml { get; init; }
    public required HtmlFragment HowToSubmitHtml { get; init; }

    /// <summary>Empty until the period's result is published.</summary>
    public required HtmlFragment ResultSummaryHtml { get; init; }
    public Schedule? Schedule { get; init; }

    /// <summary>The assessment's main sections, offered in the form as what an opinion concerns.</summary>
    public required IReadOnlyList<string> Sections { get; init; }

    /// <summary>The result's opinions under the sections they concern.</summary>
    public IReadOnlyList<ResponseGroup> ResponseGroups => ResponseGroup.Of(Period.Result?.Responses ?? [], Sections);

    /// <summary>Whether the result's opinions are shown under headings: only when one of them names a section.</summary>
    public bool ResponsesBySection => Period.Result?.Responses.Any(r => r.Section is not null) == true;

    /// <summary>Where the form posts; null when the site has no comment server configured.</summary>
    public string? FormAction { get; init; }

    public FreePage? PrivacyPage { get; init; }

    public CommentPeriod Period => Summary.Period;
    public Assessment Assessment => Summary.Assessment;

    public override ContentDocument Document => Period;
}
