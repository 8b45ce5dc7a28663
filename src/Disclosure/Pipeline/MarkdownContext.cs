using Disclosure.Markdown;
using Markdig;

namespace Disclosure.Pipeline;

/// <summary>What every document of one build is rendered with: one instance per build, shared by its documents.</summary>
/// <param name="PageBySourcePath">
/// Every content file's page by the file's path, for links written to other files: those that could not be read too,
/// whose mistake is reported at them.
/// </param>
public sealed record MarkdownContext(MarkdownPipeline Pipeline, IReadOnlyDictionary<string, string> PageBySourcePath, MarkdownWords Words);
