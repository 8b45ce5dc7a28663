namespace Disclosure.FileSystem;

/// <param name="Link">The path inside the folder that leads out of it (a link, or the path itself).</param>
/// <param name="Target">Where it leads, as written in the link.</param>
public sealed record Escape(string Link, string Target);
