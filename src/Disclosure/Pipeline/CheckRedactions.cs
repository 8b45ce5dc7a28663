using Disclosure.Content;
using Disclosure.Diagnostics;
using Disclosure.Markdown;
using Disclosure.Pipeline.Incremental;
using Disclosure.Privacy;

namespace Disclosure.Pipeline;

/// <summary>
/// Phase 8 (before writing): every non-public passage is searched for in every file about to be published — pages,
/// data, copied attachments — in every encoding a file can carry words in. One hit fails the build. Messages name
/// the file and the passage's line, never its words: build logs may be read by anyone.
/// </summary>
/// <param name="earlier">Findings of earlier builds in this process (the preview), reused for unchanged content.</param>
public sealed class CheckRedactions(DiagnosticBag diagnostics, CheckedFiles? earlier = null)
{
    /// <summary>A shorter passage (e.g. one kanji) would match ordinary text everywhere.</summary>
    public const int MinimumLength = 2;

    public void Execute(IEnumerable<RenderedDocument> documents, IReadOnlyList<OutputFile> files)
    {
        var passages = new List<(ContentDocument Document, RedactedPassage Passage, string Folded)>();
        foreach (var document in documents)
        {
            foreach (var passage in document.Body.Redactions.Concat(document.Fields.Values.SelectMany(f => f.Redactions)))
            {
                var folded = FoldedText.Fold(passage.Text);
                if (folded.Length >= MinimumLength)
                {
                    passages.Add((document.Document, passage, folded));
                }
                else if (folded.Length > 0)
                {
                    diagnostics.Warning(document.Document.Source.DisplayPath, passage.Line,
                        $"非公開部分が {MinimumLength} 文字未満のため、公開ファイルに含まれていないか確認できません。");
                }
            }
        }
        if (passages.Count == 0)
        {
            return;
        }

        var key = string.Join('\u001e', passages.Select(p => $"{p.Document.Source.DisplayPath}\u001f{p.Passage.Line}\u001f{p.Folded}"));
        Parallel.ForEach(files, file =>
        {
            IReadOnlyList<Diagnostic> Check() => Find(file, passages);
            diagnostics.Add(earlier is null ? Check() : earlier.GetOrCheck(file, key, Check));
        });
    }

    private static List<Diagnostic> Find(OutputFile file, List<(ContentDocument Document, RedactedPassage Passage, string Folded)> passages)
    {
        var findings = new List<Diagnostic>();
        var readings = FoldedText.Readings(file.ReadText());
        foreach (var (document, passage, folded) in passages)
        {
            if (readings.Any(r => r.Contains(folded, StringComparison.Ordinal)))
            {
                findings.Add(new Diagnostic(DiagnosticSeverity.Error, document.Source.DisplayPath, passage.Line,
                    $"この行の非公開部分の文言が、公開されるファイル「{file.Path}」に含まれています（タイトル・見出し・添付ファイルなど別の場所に同じ文言がないか確認してください）。"));
            }
        }
        return findings;
    }
}
