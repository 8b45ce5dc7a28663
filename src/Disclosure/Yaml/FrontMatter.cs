namespace Disclosure.Yaml;

/// <summary>A Markdown file split into its YAML front matter and its body, each with the file line it starts on.</summary>
public sealed record FrontMatter(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine, bool Present)
{
    private const string Fence = "---";

    public static FrontMatter Split(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != Fence)
        {
            return new FrontMatter("", 1, text, 1, Present: false);
        }

        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (line == Fence || line == "...")
            {
                var yaml = string.Join('\n', lines[1..i]);
                var body = string.Join('\n', lines[(i + 1)..]);
                return new FrontMatter(yaml, 2, body, i + 2, Present: true);
            }
        }

        // An unclosed fence: treat everything after it as YAML so the YAML parser reports where it breaks.
        return new FrontMatter(string.Join('\n', lines[1..]), 2, "", lines.Length + 1, Present: true);
    }
}
