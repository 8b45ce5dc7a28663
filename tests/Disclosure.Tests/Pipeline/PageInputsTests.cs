using Disclosure.Content;
using Disclosure.Pipeline;
using Disclosure.Tests.Support;

namespace Disclosure.Tests.Pipeline;

public sealed class PageInputsTests
{
    private static NewsItem News(string header, string body) => new()
    {
        Core = new() { Id = "n", Source = Parsing.File("news/n.md", ""), Title = "お知らせ", Header = header, Body = body },
        Date = new DateOnly(2026, 11, 1),
    };

    [Fact]
    public void A_document_shown_whole_is_the_same_only_as_itself()
    {
        var item = News("title: お知らせ", "本文");
        var equalCopy = item with { };

        Assert.True(new PageInputs().Whole(item).SameAs(new PageInputs().Whole(item)));
        Assert.False(new PageInputs().Whole(item).SameAs(new PageInputs().Whole(equalCopy)));
    }

    [Fact]
    public void A_document_shown_by_its_fields_changes_with_its_header_not_its_body()
    {
        var before = News("title: お知らせ", "本文");

        Assert.True(new PageInputs().Fields(before).SameAs(new PageInputs().Fields(News("title: お知らせ", "書き直した本文"))));
        Assert.False(new PageInputs().Fields(before).SameAs(new PageInputs().Fields(News("title: お知らせ（改）", "本文"))));
    }

    [Fact]
    public void Values_compare_by_value_and_order_matters()
    {
        Assert.True(new PageInputs().Values(3, "見出し").SameAs(new PageInputs().Values(3, "見出し")));
        Assert.False(new PageInputs().Values(3, "見出し").SameAs(new PageInputs().Values("見出し", 3)));
        Assert.False(new PageInputs().Values(3).SameAs(new PageInputs().Values(3, 4)));
    }
}
