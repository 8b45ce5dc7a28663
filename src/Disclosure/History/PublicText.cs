using Disclosure.Markdown;
using Disclosure.Markdown.Extensions.Redaction;
using Disclosure.Yaml;
using Markdig;
using YamlDotNet.RepresentationModel;

namespace Disclosure.History;

/// <summary>
/// What a version of a document says in public, section by section: the front-matter fields, then the body split
/// at its top-level headings. It is rendered through the site's own Markdown pipeline, so redacted passages are
/// already placeholders here and can never reach a diff, the top level is h2 whatever level it was written at, and
/// lines are joined as on the page.
/// </summary>
public static class PublicText
{
    /// <summary>
    /// Left out of the fields compared: <c>private</c> is not public, and the change record is shown beside the diff
    /// as the entries each version added, not as a line of text.
    /// </summary>
    private static readonly string[] HiddenFields = ["private", Reading.ChangeRecordReader.Key];

    public static IReadOnlyList<PublicSection> Of(string fileText, PublicTextWords words, MarkdownPipeline pipeline)
    {
        var split = FrontMatter.Split(fileText);
        var sections = new List<PublicSection> { new(words.FieldsTitle, Fields(split.Yaml, words)) };

        var html = Markdig.Markdown.ToHtml(split.Body, pipeline);
        var title = words.BodyTitle;
        var lines = new List<string>();
        // A table cell's label, drawn only when the table stacks on a phone, repeats its column header: it is not
        // what the document says, and would show in the diff as 「番号1」 for 「1」 (TopLevelText leaves it out).
        foreach (var (name, text) in TopLevelText.Of(html))
        {
            if (name == "h2")
            {
                sections.Add(new PublicSection(title, string.Join('\n', lines)));
                title = text.Trim();
                lines.Clear();
            }
            else
            {
                lines.Add(text.Trim());
            }
        }
        sections.Add(new PublicSection(title, string.Join('\n', lines)));
        return sections.Where(s => s.Text.Length > 0 || s.Title != words.BodyTitle).ToList();
    }

    /// <summary>The <c>version</c> field of a version of a document, if it had one.</summary>
    public static string? VersionOf(string fileText) =>
        FrontMatter.Split(fileText).Yaml.Split('\n')
            .Select(line => line.Trim())
            .FirstOrDefault(line => line.StartsWith("version:", StringComparison.Ordinal))?["version:".Length..].Trim().Trim('"', '\'') is { Length: > 0 } version
            ? version
            : null;

    private static string Fields(string yaml, PublicTextWords words)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (Exception e) when (e is YamlDotNet.Core.YamlException or InvalidOperationException)
        {
            return "";
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return "";
        }
        return string.Join('\n', root.Children
            .Where(c => c.Key is YamlScalarNode { Value: { } key } && !HiddenFields.Contains(key))
            .Select(c => $"{((YamlScalarNode)c.Key).Value}: {Flatten(c.Value, words)}"));
    }

    private static string Flatten(YamlNode node, PublicTextWords words) => node switch
    {
        YamlScalarNode scalar => Shown(scalar.Value ?? "", words.Markdown),
        YamlSequenceNode sequence => string.Join(words.ListSeparator, sequence.Select(n => Flatten(n, words))),
        YamlMappingNode mapping => string.Join(words.ListSeparator, mapping.Select(m => $"{Flatten(m.Key, words)}={Flatten(m.Value, words)}")),
        _ => "",
    };

    /// <summary>
    /// A field's value as its page shows it: redaction markup replaced by its placeholder, as the site's text fields
    /// are read; markup that cannot be read (an error in the version that is current) shows the placeholder alone.
    /// </summary>
    private static string Shown(string value, MarkdownWords placeholders) =>
        RedactionSyntax.MayHoldMarkup(value) ? RedactionSyntax.ApplyInline(value, placeholders, []) ?? placeholders.Redacted : value;
}
