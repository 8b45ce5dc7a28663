using Disclosure.Diagnostics;

namespace Disclosure.Pipeline;

/// <summary>One content file and how to parse it: the item <see cref="ReadSettings"/> and <see cref="ReadContent"/> hand to <see cref="ParseFile"/>.</summary>
/// <param name="FullPath">The file, whose size and modification time decide whether an earlier parse still holds.</param>
/// <param name="Context">Whatever else the result depends on (the site's settings, the placeholder words), compared by value.</param>
/// <param name="Folder">Where the result also depends on every file in a folder (an assessment's attachments): that folder.</param>
/// <param name="Parse">Reads and parses the file, reporting its problems into the bag it is given.</param>
public sealed record FileToParse(string FullPath, object? Context, string? Folder, Func<DiagnosticBag, object?> Parse);
