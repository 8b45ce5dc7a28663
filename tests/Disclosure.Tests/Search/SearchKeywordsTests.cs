using Disclosure.Search;

namespace Disclosure.Tests.Search;

/// <summary>
/// Keywords list every suffix of each compound, so whichever way the browser splits a query (後期|高齢|者|医療),
/// each piece is the start of some keyword.
/// </summary>
public sealed class SearchKeywordsTests
{
    [Fact]
    public void A_compound_gives_every_suffix_of_two_or_more_characters()
    {
        var words = SearchKeywords.From(["後期高齢者医療"]).Split(' ');

        Assert.Equal(["後期高齢者医療", "期高齢者医療", "高齢者医療", "齢者医療", "者医療", "医療"], words);
    }

    [Fact]
    public void Hiragana_and_punctuation_end_a_compound_and_katakana_stays_in_it()
    {
        var words = SearchKeywords.From(["後期高齢者医療に関する事務", "(旧)福祉システム（中間サーバー）"]).Split(' ');

        Assert.Contains("事務", words);
        Assert.Contains("福祉システム", words);
        Assert.Contains("中間サーバー", words);
        Assert.Contains("サーバー", words);
        Assert.DoesNotContain(words, w => w.Contains('に') || w.Contains('（') || w.Contains('('));
        Assert.DoesNotContain("旧", words);
    }

    [Fact]
    public void Every_piece_of_any_split_of_the_query_starts_some_keyword()
    {
        var words = SearchKeywords.From(["特定個人情報ファイル"]).Split(' ');

        foreach (var piece in new[] { "特定", "個人", "情報", "ファイル", "個人情報", "情報ファイル" })
        {
            Assert.Contains(words, w => w.StartsWith(piece, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Repeated_words_are_listed_once_and_width_is_folded()
    {
        var words = SearchKeywords.From(["事務", "事務", "ＣＳ"]).Split(' ');

        Assert.Equal(["事務", "CS"], words);
    }

    [Fact]
    public void A_character_outside_the_basic_plane_is_one_character_of_a_suffix()
    {
        // 𠮷 (U+20BB7) is written as two UTF-16 units; a suffix never starts between them.
        var words = SearchKeywords.From(["𠮷野家・事務"]).Split(' ');

        Assert.Equal(["𠮷野家", "野家", "事務"], words);
    }
}
