using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Disclosure.Comments.ResultDrafts;

/// <summary>
/// Finds personal data in an opinion's text — its submitters' own name, email and address however they were typed
/// (full-width, with spaces inside), and any email address or Japanese telephone number — and wraps each in the
/// redaction markup, so the published result shows a placeholder and the build's leak check guards the words.
/// </summary>
public static partial class PersonalDataMask
{
    public const string Reason = "個人情報";

    /// <summary>Shorter personal fields (a one-letter name) would match everywhere; they are left to the regular checks.</summary>
    private const int ShortestSearched = 2;

    public static MaskedText Mask(string text, IEnumerable<Submitter> submitters)
    {
        var found = new List<(int Start, int End, string Kind)>();
        var withoutSpaces = Folded.Of(text, dropWhiteSpace: true);
        foreach (var submitter in submitters)
        {
            Search(withoutSpaces, submitter.Name, "氏名", found);
            Search(withoutSpaces, submitter.Email, "メールアドレス", found);
            Search(withoutSpaces, submitter.Address, "住所", found);
        }
        var spaced = Folded.Of(text, dropWhiteSpace: false);
        foreach (Match match in Email().Matches(spaced.Text))
        {
            found.Add((spaced.StartOf(match.Index), spaced.EndOf(match.Index + match.Length - 1), "メールアドレス"));
        }
        foreach (Match match in Telephone().Matches(spaced.Text))
        {
            found.Add((spaced.StartOf(match.Index), spaced.EndOf(match.Index + match.Length - 1), "電話番号"));
        }
        return Wrap(text, Merge(found));
    }

    private static void Search(Folded text, string? value, string kind, List<(int, int, string)> found)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }
        var needle = Folded.Of(value, dropWhiteSpace: true).Text;
        if (needle.Length < ShortestSearched)
        {
            return;
        }
        for (var at = text.Text.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = text.Text.IndexOf(needle, at + needle.Length, StringComparison.Ordinal))
        {
            found.Add((text.StartOf(at), text.EndOf(at + needle.Length - 1), kind));
        }
    }

    /// <summary>Overlapping findings (the email the submitter also typed in the form) become one wrapped passage.</summary>
    private static List<(int Start, int End, List<string> Kinds)> Merge(List<(int Start, int End, string Kind)> found)
    {
        var merged = new List<(int Start, int End, List<string> Kinds)>();
        foreach (var (start, end, kind) in found.OrderBy(f => f.Start).ThenByDescending(f => f.End))
        {
            if (merged.Count > 0 && start < merged[^1].End)
            {
                var last = merged[^1];
                if (!last.Kinds.Contains(kind))
                {
                    last.Kinds.Add(kind);
                }
                merged[^1] = (last.Start, Math.Max(last.End, end), last.Kinds);
            }
            else
            {
                merged.Add((start, end, [kind]));
            }
        }
        return merged;
    }

    private static MaskedText Wrap(string text, List<(int Start, int End, List<string> Kinds)> passages)
    {
        var masked = new StringBuilder(text.Length + passages.Count * 16);
        var position = 0;
        foreach (var (start, end, _) in passages)
        {
            masked.Append(text, position, start - position).Append("{{redact ").Append(Reason).Append('|')
                .Append(text, start, end - start).Append("}}");
            position = end;
        }
        masked.Append(text, position, text.Length - position);
        return new MaskedText(masked.ToString(), passages.Select(p => string.Join("・", p.Kinds)).ToList());
    }

    /// <summary>An email address as it reads once full-width forms are folded (＠ and ．included).</summary>
    [GeneratedRegex(@"[a-z0-9._%+\-]+@[a-z0-9\-]+(?:\.[a-z0-9\-]+)+", RegexOptions.IgnoreCase)]
    private static partial Regex Email();

    /// <summary>
    /// Japanese telephone numbers: 03-1234-5678, 090-1234-5678, 0312345678, (03)1234-5678, +81 90 1234 5678, with
    /// hyphens, dashes, long-vowel marks or spaces between the groups (full-width digits are folded before).
    /// </summary>
    [GeneratedRegex(@"(?<![0-9])(?:\+81[\s\-‐‑‒–—―−ー]*[1-9][0-9]{0,3}(?:[\s\-‐‑‒–—―−ー]*[0-9]{1,4}){1,2}|\(0[0-9]{1,4}\)[\s]*[0-9]{1,4}[\s\-‐‑‒–—―−ー]*[0-9]{4}|0[0-9]{1,4}(?:\s*[\-‐‑‒–—―−ー]\s*|\s+)[0-9]{1,4}(?:\s*[\-‐‑‒–—―−ー]\s*|\s+)[0-9]{4}|0[0-9]{9,10})(?![0-9])")]
    private static partial Regex Telephone();

    /// <summary>Text folded character by character (NFKC, lower case), remembering where each folded character came from.</summary>
    private sealed record Folded(string Text, List<int> Starts, List<int> Ends)
    {
        public int StartOf(int foldedIndex) => Starts[foldedIndex];

        public int EndOf(int foldedIndex) => Ends[foldedIndex];

        public static Folded Of(string text, bool dropWhiteSpace)
        {
            var builder = new StringBuilder(text.Length);
            var starts = new List<int>(text.Length);
            var ends = new List<int>(text.Length);
            for (var i = 0; i < text.Length;)
            {
                Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var length);
                foreach (var c in rune.ToString().Normalize(NormalizationForm.FormKC))
                {
                    var invisible = CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
                    if (invisible || (dropWhiteSpace && char.IsWhiteSpace(c)))
                    {
                        continue;
                    }
                    builder.Append(char.ToLowerInvariant(c));
                    starts.Add(i);
                    ends.Add(i + length);
                }
                i += length;
            }
            return new Folded(builder.ToString(), starts, ends);
        }
    }
}
