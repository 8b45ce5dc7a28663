namespace Disclosure.History;

/// <summary>The words the public text of a version adds of its own, in the site's language (they head sections of revision pages).</summary>
/// <param name="FieldsTitle">The section holding the front-matter fields.</param>
/// <param name="BodyTitle">The section holding the body before its first heading.</param>
/// <param name="ListSeparator">Between the items of a list field.</param>
/// <param name="Markdown">The redaction placeholders, as the pages show them.</param>
public sealed record PublicTextWords(string FieldsTitle, string BodyTitle, string ListSeparator, Markdown.MarkdownWords Markdown);
