using Disclosure.Diagnostics;
using Disclosure.Markdown;
using Disclosure.Yaml;

namespace Disclosure.Reading;

/// <summary>The YAML fields and Markdown body of one content file, whichever of .md or .yml it is.</summary>
/// <param name="Header">The YAML as written: the front matter of a .md file, the whole of a .yml file.</param>
public sealed record DocumentSource(string Id, SourceFile File, string Header, YamlFields Fields, string Body, int BodyFirstLine)
{
    /// <param name="words">The placeholders that redaction markup in text fields shows, in the site's language (Japanese when not given).</param>
    public static DocumentSource? Open(string id, SourceFile file, DiagnosticBag diagnostics, MarkdownWords? words = null)
    {
        var redactions = new FieldRedactions(words ?? MarkdownWords.Japanese);
        if (file.RelativePath.EndsWith(".md", StringComparison.Ordinal))
        {
            var split = FrontMatter.Split(file.Text);
            if (!split.Present)
            {
                diagnostics.Error(file.DisplayPath, 1, "先頭に「---」で囲んだ項目（フロントマター）がありません。");
                return null;
            }
            var mdFields = YamlDocumentLoader.Load(file, split.Yaml, split.YamlFirstLine, diagnostics, redactions);
            return mdFields is null ? null : new DocumentSource(id, file, split.Yaml, mdFields, split.Body, split.BodyFirstLine);
        }

        var fields = YamlDocumentLoader.Load(file, file.Text, 1, diagnostics, redactions);
        return fields is null ? null : new DocumentSource(id, file, file.Text, fields, "", 1);
    }
}
