using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Disclosure.Markdown;

/// <summary>
/// How deeply Markdown may nest — quotes, lists, emphasis and links inside one another. Real documents stay within a
/// handful of levels; text nested hundreds deep is a mistake or an attack, and Markdig itself gives up at about 128
/// levels with an exception, so the build draws the line lower, at a documented limit, and names the line.
/// </summary>
public static class MarkdownNesting
{
    public const int Limit = 32;

    public static string Message => $"入れ子（引用・箇条書き・強調・リンクなどの重なり）が深すぎます。{Limit} 段までにしてください。";

    /// <summary>
    /// Parses the text, or, when it nests deeper than the limit (or than Markdig itself can parse, which it says with
    /// an exception from deep inside the parser), gives null and the 0-based line where it does.
    /// </summary>
    public static MarkdownDocument? Parse(string markdown, MarkdownPipeline pipeline, out int tooDeepAt)
    {
        MarkdownDocument syntax;
        try
        {
            syntax = Markdig.Markdown.Parse(markdown, pipeline);
        }
        catch (ArgumentException)
        {
            tooDeepAt = LineWhereParsingFails(markdown, pipeline);
            return null;
        }
        tooDeepAt = TooDeep(syntax) ?? -1;
        return tooDeepAt < 0 ? syntax : null;
    }

    /// <summary>The 0-based line of the first element nested deeper than the limit, or null.</summary>
    public static int? TooDeep(MarkdownDocument document) => SyntaxWalk.Find(document, (_, depth) => depth > Limit)?.Line;

    /// <summary>
    /// The 0-based line from which Markdig cannot parse the text: the shortest run of leading lines that fails ends
    /// there. Only called once parsing the whole text has failed.
    /// </summary>
    public static int LineWhereParsingFails(string markdown, MarkdownPipeline pipeline)
    {
        var lines = markdown.Split('\n');
        var (good, bad) = (0, lines.Length);
        while (bad - good > 1)
        {
            var middle = (good + bad) / 2;
            if (Parses(string.Join('\n', lines, 0, middle), pipeline))
            {
                good = middle;
            }
            else
            {
                bad = middle;
            }
        }
        return bad - 1;
    }

    private static bool Parses(string markdown, MarkdownPipeline pipeline)
    {
        try
        {
            Markdig.Markdown.Parse(markdown, pipeline);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
