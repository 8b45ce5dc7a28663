namespace Disclosure.Yaml;

/// <param name="RelativePath">Path inside the content folder, with forward slashes (e.g. <c>assessments/x/index.md</c>).</param>
/// <param name="DisplayPath">Path shown to staff in messages, as they would type it.</param>
public sealed record SourceFile(string RelativePath, string DisplayPath, string FullPath, string Text);
