namespace Disclosure.Pipeline;

/// <summary>Output of <see cref="WriteFiles"/>.</summary>
/// <param name="Unchanged">Files whose content was the same as in the previous output: carried over, not rewritten.</param>
public sealed record FilesWritten(int Written, int Unchanged);
