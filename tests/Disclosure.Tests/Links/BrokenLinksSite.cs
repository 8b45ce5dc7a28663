using Disclosure.Tests.Support;

namespace Disclosure.Tests.Links;

/// <summary>
/// A site whose pages each hold one broken link on line 6 (body lines 4–6: text, blank, link);
/// see <see cref="BrokenLinkTests"/>.
/// </summary>
public sealed class BrokenLinksSite : FailedSiteFixture
{
    public const int LinkLine = 6;

    /// <summary>A comment period whose Markdown fields hold broken links: how_to_submit on line 6, result.summary on line 13.</summary>
    public const string PeriodWithLinksInFields = """
        ---
        title: 結果のある意見募集
        assessment: x
        opens: 2026-10-01
        closes: 2026-10-15
        how_to_submit: 郵送または[様式](../pages/no-form.md)で提出してください。
        result:
          published: 2026-10-31
          count: 1
          summary: |
            意見が1件ありました。

            詳しくは[部会の記録](../meetings/no-minutes.md)をご覧ください。
        ---

        本文です。
        """;

    private static string PageLinkingTo(string url) => SampleContent.Page($"本文です。\n\n[リンク]({url})\n");

    protected override (string Path, string Text)[] Files =>
    [
        ("assessments/x.md", SampleContent.Assessment("## 基本情報\n\n本文です。\n")),
        ("pages/missing-source.md", PageLinkingTo("../meetings/nope.md")),
        ("pages/missing-source-japanese-anchor.md", PageLinkingTo("../meetings/nope.md#議事")),
        ("pages/missing-page.md", PageLinkingTo("/assessments/nope/")),
        ("pages/missing-anchor.md", PageLinkingTo("/assessments/x/#nope")),
        ("pages/missing-japanese-anchor.md", PageLinkingTo("/assessments/x/#存在しない見出し")),
        ("pages/relative-from-the-wrong-folder.md", PageLinkingTo("../assessments/x/")),
        ("comment-periods/links-in-fields.md", PeriodWithLinksInFields),
    ];
}
