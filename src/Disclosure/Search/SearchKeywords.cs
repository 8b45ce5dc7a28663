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
        var words = new StringBuilder();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var phrase in phrases)
        {
            foreach (var run in Runs(phrase))
            {
                // Each suffix is the run from a rune boundary on: one substring, however many runes it has.
                var remaining = RuneCount(run);
                var offset = 0;
                foreach (var rune in run.EnumerateRunes())
                {
                    if (remaining < ShortestSuffix)
                    {
                        break;
                    }
                    var suffix = run[offset..];
                    if (seen.Add(suffix))
                    {
                        words.Append(words.Length == 0 ? "" : " ").Append(suffix);
                    }
                    offset += rune.Utf16SequenceLength;
                    remaining--;
                }
            }
        }
        return words.ToString();
    }

    private static int RuneCount(string text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }
        return count;
    }

    /// <summary>
    /// The compound-noun candidates of a phrase: maximal runs of kanji, katakana and letters or digits. Hiragana,
    /// punctuation and spaces end a run, since they are particles or separators (後期高齢者医療|に|関|する|事務).
    /// </summary>
    private static IEnumerable<string> Runs(string phrase)
    {
        var normalized = phrase.Normalize(NormalizationForm.FormKC);
        var start = -1;
        var index = 0;
        foreach (var rune in normalized.EnumerateRunes())
        {
            if (IsWordRune(rune))
            {
                start = start < 0 ? index : start;
            }
            else if (start >= 0)
            {
                yield return normalized[start..index];
                start = -1;
            }
            index += rune.Utf16SequenceLength;
        }
        if (start >= 0)
        {
            yield return normalized[start..];
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
