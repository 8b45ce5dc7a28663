using System.Text;

namespace Disclosure.Search;

/// <summary>
/// Turns the phrases that name a page (its title and headings; an assessment's 事務の名称, system and tags) into
/// words for its Pagefind metadata, so that a Japanese compound noun finds the document it names, however split.
/// </summary>
/// <remarks>
/// What Pagefind 1.6 does with a compound (checked on its index and in Chromium): the extended indexer cuts it into
/// dictionary words (後期|高齢|者|医療, 特定|個人|情報|ファイル, 中間|サーバー, 第三者|点検), the browser cuts the
/// query with <c>Intl.Segmenter</c> much the same way, every query word must begin some word of a page, and pages
/// are ranked word by word with no credit for the words standing together. So the compound is found, but every
/// page that mentions it ranks alike, short news first: 「国民健康保険」 listed its news, comment period and schedule
/// above the assessment. Metadata is different: Pagefind cuts it only at spaces and boosts a page whose metadata
/// matches the whole query. Listing every suffix of a compound (後期高齢者医療, 期高齢者医療, 高齢者医療 … 医療)
/// makes each query word, wherever the query was cut, the start of one of these words, so the document named by
/// the compound matches it whole and is boosted (the search page sets the weights).
/// </remarks>
public static class SearchKeywords
{
    /// <summary>Shorter suffixes than this would mostly match unrelated one-character query words.</summary>
    private const int ShortestSuffix = 2;

    public static string From(IEnumerable<string> phrases)
    {
        var words = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var run in phrases.SelectMany(Runs))
        {
            var runes = run.EnumerateRunes().ToArray();
            for (var start = 0; start <= runes.Length - ShortestSuffix; start++)
            {
                var suffix = string.Concat(runes[start..].Select(r => r.ToString()));
                if (seen.Add(suffix))
                {
                    words.Add(suffix);
                }
            }
        }
        return string.Join(' ', words);
    }

    /// <summary>
    /// The compound-noun candidates of a phrase: maximal runs of kanji, katakana and letters or digits. Hiragana,
    /// punctuation and spaces end a run, since they are particles or separators (後期高齢者医療|に|関|する|事務).
    /// </summary>
    private static IEnumerable<string> Runs(string phrase)
    {
        var run = new StringBuilder();
        foreach (var rune in phrase.Normalize(NormalizationForm.FormKC).EnumerateRunes())
        {
            if (IsWordRune(rune))
            {
                run.Append(rune.ToString());
                continue;
            }
            if (run.Length > 0)
            {
                yield return run.ToString();
                run.Clear();
            }
        }
        if (run.Length > 0)
        {
            yield return run.ToString();
        }
    }

    private static bool IsWordRune(Rune rune)
    {
        var value = rune.Value;
        return Rune.IsLetterOrDigit(rune) && !(value is >= 0x3041 and <= 0x309F) // hiragana
            || value == 0x30FC // ー, the katakana long vowel mark, is a modifier letter but belongs to the word
            || value is 0x3005 or 0x3006; // 々 〆
    }
}
