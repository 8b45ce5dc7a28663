using Disclosure.History;
using Disclosure.Markdown;

namespace Disclosure.Tests.History;

/// <summary>What a version says in public, the text its revision diff compares.</summary>
public sealed class PublicTextTests
{
    [Fact]
    public void A_table_reads_as_its_cells_without_the_column_labels_drawn_on_phones()
    {
        const string file = "---\ntitle: 評価書\n---\n## 委託\n\n| 番号 | 委託先 |\n| --- | --- |\n| 1 | A社 |\n";
        var words = new PublicTextWords("項目", "本文", "、", MarkdownWords.Japanese);

        var section = PublicText.Of(file, words, MarkdownPipelines.For(allowHtml: false)).Single(s => s.Title == "委託");

        Assert.Contains("A社", section.Text);
        Assert.DoesNotContain("委託先A社", section.Text);
        Assert.DoesNotContain("番号1", section.Text);
    }
}
