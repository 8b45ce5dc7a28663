using System.Text;
using System.Text.RegularExpressions;
using Disclosure.Privacy;

namespace Disclosure.Markdown.Extensions.Redaction;

/// <summary>
/// The redaction markup as staff write it — <c>{{redact 理由|語句}}</c> in a sentence, <c>::: redact 理由</c> before a
/// block (<c>非公開</c> for <c>redact</c>) — and how to tell when text meant as markup did not become markup.
/// </summary>
public static partial class RedactionSyntax
{
    /// <summary>Written before the markup, it shows the markup as an example of itself: <c>\{{redact 理由|語句}}</c>.</summary>
    public const char Escape = '\\';

    /// <summary>Reads what stands between <c>{{</c> and <c>}}</c>: the keyword, an optional reason, a bar, the words.</summary>
    public static bool TryParseInline(string inner, out string reason, out string words)
    {
        var match = Inline().Match(inner);
        reason = match.Groups["reason"].Value.Trim();
        words = match.Groups["words"].Value;
        return match.Success;
    }

    /// <summary>
    /// True when the text holds the markup in any spelling a person might type or paste — full-width braces or
    /// colons, other letter case, spaces or invisible characters inside — so that words meant to be withheld are
    /// caught wherever the markup could not take effect.
    /// </summary>
    public static bool Mentions(string text)
    {
        if (!MayHoldMarkup(text))
        {
            return false;
        }
        return MentionsFolded(FoldedText.Fold(text));
    }

    /// <summary>
    /// A cheap first look: markup needs a brace, or three colons (half- or full-width, with anything between them,
    /// which folding may take out). Japanese text is full of single full-width colons (「理由：」), which need no
    /// closer look.
    /// </summary>
    public static bool MayHoldMarkup(ReadOnlySpan<char> text) => HasBrace(text) || HasThreeColons(text);

    public static bool HasBrace(ReadOnlySpan<char> text) => text.IndexOfAny('{', '｛') >= 0;

    public static bool HasThreeColons(ReadOnlySpan<char> text)
    {
        var colons = 0;
        for (var at = text.IndexOfAny(':', '：'); at >= 0; at = text.IndexOfAny(':', '：'))
        {
            if (++colons == 3)
            {
                return true;
            }
            text = text[(at + 1)..];
        }
        return false;
    }

    /// <summary>As <see cref="Mentions"/>, for text already folded (<see cref="FoldedText.Fold"/>).</summary>
    public static bool MentionsFolded(string folded) =>
        folded.Contains("{{redact", StringComparison.Ordinal) || folded.Contains("{{非公開", StringComparison.Ordinal)
        || folded.Contains(":::redact", StringComparison.Ordinal) || folded.Contains(":::非公開", StringComparison.Ordinal);

    /// <summary>True when the markup at <paramref name="index"/> is written as an example: a backslash right before it.</summary>
    public static bool IsEscapedAt(string text, int index) => index > 0 && text[index - 1] == Escape;

    /// <summary>
    /// Splits text that may show markup as examples (<c>\{{redact …}}</c>, <c>\::: redact</c>) into what a reader
    /// sees (the backslashes dropped) and what is left to check once the examples are taken out.
    /// </summary>
    public static (string Shown, string Remaining) SeparateExamples(string text) =>
        text.Contains(Escape) ? (Example().Replace(text, "$1"), Example().Replace(text, "")) : (text, text);

    /// <summary>
    /// Applies inline markup in plain text (a YAML field): each <c>{{redact 理由|語句}}</c> becomes its placeholder
    /// and its words are added to <paramref name="withheld"/>; <c>\{{…}}</c> is shown as written, without the backslash.
    /// </summary>
    /// <returns>The text a reader sees, or null when markup remains that could not be read (then nothing may be shown).</returns>
    public static string? ApplyInline(string text, MarkdownWords placeholders, List<string> withheld)
    {
        var shown = new StringBuilder(text.Length);
        var rest = new StringBuilder(text.Length);
        var position = 0;
        foreach (Match match in Candidate().Matches(text))
        {
            var escaped = IsEscapedAt(text, match.Index);
            var before = text.AsSpan(position, match.Index - position - (escaped ? 1 : 0));
            shown.Append(before);
            rest.Append(before);
            if (escaped)
            {
                shown.Append(match.Value);
            }
            else if (TryParseInline(match.Groups["inner"].Value, out var reason, out var words))
            {
                shown.Append(placeholders.Placeholder(reason));
                withheld.Add(words.Trim());
            }
            else
            {
                return null;
            }
            position = match.Index + match.Length;
        }
        shown.Append(text, position, text.Length - position);
        rest.Append(text, position, text.Length - position);
        // Whatever still looks like markup once the markup that was understood is gone would publish its words.
        return Mentions(rest.ToString()) ? null : shown.ToString();
    }

    [GeneratedRegex(@"^(?:redact|非公開)(?:[ \u3000]+(?<reason>[^|｜]*))?[|｜](?<words>.+)$", RegexOptions.Singleline)]
    private static partial Regex Inline();

    [GeneratedRegex(@"\\(\{\{|:{3,})(?=[ \u3000]*(?:redact|非公開))")]
    private static partial Regex Example();

    [GeneratedRegex(@"\{\{(?<inner>(?:redact|非公開)[^}]*)\}\}")]
    private static partial Regex Candidate();
}
