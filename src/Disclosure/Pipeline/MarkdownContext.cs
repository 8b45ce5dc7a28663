using Disclosure.Content;
using Disclosure.Markdown;
using Markdig;

namespace Disclosure.Pipeline;

/// <summary>What every document of one build is rendered with: one instance per build, shared by its documents.</summary>
/// <param name="BySourcePath">Every content file's document by its path, for links written to other files.</param>
public sealed record MarkdownContext(MarkdownPipeline Pipeline, IReadOnlyDictionary<string, ContentDocument> BySourcePath, MarkdownWords Words);
