using Disclosure.Diagnostics;
using Disclosure.Privacy;

namespace Disclosure.Pipeline;

/// <summary>
/// Phase 15 (before writing): every non-public passage — in Markdown bodies and in YAML fields — is searched for in
/// every file about to be published, read as a reader could read it (<see cref="PublishedText"/>): pages, data,
/// copied attachments, whatever their encoding or format. One hit fails the build. Messages name the file and the
/// passage's line, never its words: build logs may be read by anyone. Input <see cref="FilesToCheck"/>, output the
/// findings; each document's passages are found by the item phase <paramref name="findWithheld"/>, each file is
/// searched by the item phase <paramref name="checkFile"/>.
/// </summary>
public sealed class CheckRedactions(IPhase<RenderedDocument, WithheldInDocument> findWithheld, IPhase<FileToCheck, IReadOnlyList<Diagnostic>> checkFile)
    : IPhase<FilesToCheck, RedactionsChecked>
{
    /// <summary>A shorter passage (e.g. one kanji) would match ordinary text everywhere.</summary>
    public const int MinimumLength = 2;

    public RedactionsChecked Execute(FilesToCheck input)
    {
        var diagnostics = new DiagnosticBag();
        var passages = new List<WithheldPassage>();
        foreach (var document in input.Documents)
        {
            var withheld = findWithheld.Execute(document);
            passages.AddRange(withheld.Searched);
            foreach (var passage in withheld.TooShort)
            {
                diagnostics.Warning(document.Document.Source.DisplayPath, passage.Line,
                    $"非公開部分が {MinimumLength} 文字未満のため、公開ファイルに含まれていないか確認できません。");
            }
        }
        // Attachments are read even when nothing is withheld: markup in them would be published as written.
        var files = passages.Count == 0 ? input.Files.Where(f => f.Attachment is not null).ToList() : input.Files;
        var searched = new WithheldPassages(passages);
        Parallel.ForEach(files, file => diagnostics.Add(checkFile.Execute(new FileToCheck(file, searched))));
        return new RedactionsChecked(diagnostics.Items);
    }
}
