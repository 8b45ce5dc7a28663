using Disclosure.Tests.Support;

namespace Disclosure.Tests.Language;

/// <summary>The words the Markdown extensions write themselves follow the site's language too.</summary>
public sealed class EnglishMarkdownWordsTests
{
    [Fact]
    public async Task Redaction_placeholders_and_automatic_table_captions_are_in_english()
    {
        using var site = TempSite.With(EnglishSite.SiteYml, ("pages/p.md", """
            ---
            title: Minutes
            ---
            The contractor is {{redact commercial confidentiality|Secret Systems Ltd}}.

            ::: redact national security
            The data centre is in the basement.
            :::

            ## Questions

            | Question | Answer |
            | --- | --- |
            | Is it encrypted? | Yes. |
            """));

        await site.BuildSuccessfullyAsync();

        var html = site.ReadOutput("pages/p/index.html");
        Assert.Contains("<span class=\"redacted\">[Withheld: commercial confidentiality]</span>", html);
        Assert.Contains("<p class=\"redacted\">[Withheld: national security]</p>", html);
        Assert.Contains(">Questions (table 1)</caption>", html);
        Assert.DoesNotContain("非公開", html);
        Assert.DoesNotContain("表1", html);
    }
}
