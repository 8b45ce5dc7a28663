using Disclosure.Diagnostics;

namespace Disclosure.Pipeline;

/// <summary>
/// Item phase of reading: parses one content file. Input <see cref="FileToParse"/>, output <see cref="FileParsed"/>.
/// Its own phase so that the incremental layer can stand in front of it (<c>Incremental.ReusedParses</c>).
/// </summary>
public sealed class ParseFile : IPhase<FileToParse, FileParsed>
{
    public FileParsed Execute(FileToParse input)
    {
        var diagnostics = new DiagnosticBag();
        var result = input.Parse(diagnostics);
        return new FileParsed(result, diagnostics.Items);
    }
}
