using System.Text.RegularExpressions;
using Disclosure.Yaml;

namespace Disclosure.Reading;

public static partial class TagReader
{
    private static readonly char[] Forbidden = ['/', '\\', '?', '#', '%', '"', '<', '>'];

    /// <summary>What staff put between tags written in one string: 「、」, 「，」 and the half-width forms.</summary>
    private static readonly char[] Separators = ['、', '，', ',', '､'];

    /// <summary>A folder name may be 255 bytes; a tag is a word or two, far shorter.</summary>
    public const int MaxLength = 40;

    /// <summary>
    /// Tags become folder names and URLs, so characters that would break either are refused. Tags written in one
    /// string (<c>住民基本台帳、税</c>) are taken apart, with a warning showing the list they should be written as.
    /// </summary>
    public static IReadOnlyList<string> Read(YamlFields fields)
    {
        var written = fields.StringOrStringList("tags")
            .Select(item => (item.Value, item.Line, Parts: item.Value.Split(Separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
            .ToList();
        var listForm = $"tags: [{string.Join(", ", written.SelectMany(w => w.Parts).Distinct(StringComparer.Ordinal).Select(InFlowList))}]";
        var tags = new List<string>();
        foreach (var (value, line, parts) in written)
        {
            if (parts is not [var single] || single != value)
            {
                fields.Warning(line, $"タグ「{value}」を、区切りの「、」「，」「,」で分けて {parts.Length} 個のタグとして読みました。タグは {listForm} のように書いてください。");
            }
            foreach (var tag in parts)
            {
                if (tag.IndexOfAny(Forbidden) >= 0 || tag is "." or "..")
                {
                    fields.Error(line, $"タグ「{tag}」には / \\ ? # % \" < > を使えません。");
                }
                else if (tag.Length > MaxLength)
                {
                    fields.Error(line, $"タグが長すぎます（{tag.Length} 文字）。タグは {MaxLength} 文字までにしてください。");
                }
                else if (!tags.Contains(tag))
                {
                    tags.Add(tag);
                }
            }
        }
        return tags;
    }

    /// <summary>A tag as an item of <c>[a, b]</c>: quoted when YAML would read it otherwise.</summary>
    private static string InFlowList(string tag) => NeedsQuotes().IsMatch(tag) ? $"\"{tag}\"" : tag;

    [GeneratedRegex(@"[\[\]{}:&*!|>'@`]|^[-?\s]|\s$")]
    private static partial Regex NeedsQuotes();
}
