using Disclosure.FileSystem;

namespace Disclosure.Reading;

/// <param name="Path">The folder of an assessment's <c>index.md</c>, where its attachments sit.</param>
/// <param name="Content">The content folder, which no attachment may lead out of.</param>
public sealed record AttachmentFolder(string Path, ConfinedFolder Content);
