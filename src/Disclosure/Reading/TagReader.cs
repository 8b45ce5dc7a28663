using Disclosure.Yaml;

namespace Disclosure.Reading;

public static class TagReader
{
    private static readonly char[] Forbidden = ['/', '\\', '?', '#', '%', '"', '<', '>'];

    /// <summary>A folder name may be 255 bytes; a tag is a word or two, far shorter.</summary>
    public const int MaxLength = 40;

    /// <summary>Tags become folder names and URLs, so characters that would break either are refused.</summary>
    public static IReadOnlyList<string> Read(YamlFields fields)
    {
        var tags = new List<string>();
        foreach (var (tag, line) in fields.StringList("tags"))
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
        return tags;
    }
}
