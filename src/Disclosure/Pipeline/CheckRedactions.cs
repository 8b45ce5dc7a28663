using Disclosure.Content;
using Disclosure.Diagnostics;
using Disclosure.Markdown;
using Disclosure.Markdown.Extensions.Redaction;
using Disclosure.Pipeline.Incremental;
using Disclosure.Privacy;

namespace Disclosure.Pipeline;

/// <summary>
/// Phase 8 (before writing): every non-public passage — in Markdown bodies and in YAML fields — is searched for in
/// every file about to be published, read as a reader could read it (<see cref="PublishedText"/>): pages, data,
/// copied attachments, whatever their encoding or format. One hit fails the build. Messages name the file and the
/// passage's line, never its words: build logs may be read by anyone.
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
            var withheld = document.Body.Redactions
                .Concat(document.Fields.Values.SelectMany(f => f.Redactions))
                .Concat(document.Document.WithheldInFields);
            foreach (var passage in withheld)
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
        // Attachments are read even when nothing is withheld: markup in them would be published as written.
        if (passages.Count == 0)
        {
            files = files.Where(f => f.Attachment is not null).ToList();
        }

        var key = string.Join('\u001e', passages.Select(p => $"{p.Document.Source.DisplayPath}\u001f{p.Passage.Line}\u001f{p.Folded}"));
        Parallel.ForEach(files, file =>
        {
            IReadOnlyList<Diagnostic> Check() => Find(file, passages, warnUnreadable: passages.Count > 0);
            diagnostics.Add(earlier is null ? Check() : earlier.GetOrCheck(file, key, Check));
        });
    }

    /// <param name="warnUnreadable">Whether to say that an attachment could not be read: only worth saying when there are words to look for.</param>
    private static List<Diagnostic> Find(OutputFile file, List<(ContentDocument Document, RedactedPassage Passage, string Folded)> passages, bool warnUnreadable)
    {
        var findings = new List<Diagnostic>();
        var text = PublishedText.Of(file);
        if (file.Attachment is { } attachment)
        {
            if (text.Unreadable is { } reason && warnUnreadable)
            {
                findings.Add(new Diagnostic(DiagnosticSeverity.Warning, attachment.DocumentPath, attachment.Line,
                    $"添付ファイル「{attachment.File}」は{reason}のため、非公開部分の文言が含まれていないか確かめられません。公開する前に目で確認してください。"));
            }
            if (text.Readings.Any(RedactionSyntax.MentionsFolded))
            {
                findings.Add(new Diagnostic(DiagnosticSeverity.Error, attachment.DocumentPath, attachment.Line,
                    $"添付ファイル「{attachment.File}」の中に非公開の印（{{{{redact …}}}}）があります。添付ファイルは書かれたとおりに公開されるため、印は働かず語句がそのまま公開されます。語句を消したファイルにしてください。"));
            }
        }
        foreach (var (document, passage, folded) in passages)
        {
            if (text.Readings.Any(r => r.Contains(folded, StringComparison.Ordinal)))
            {
                findings.Add(new Diagnostic(DiagnosticSeverity.Error, document.Source.DisplayPath, passage.Line, file.Attachment is { } source
                    ? $"この行の非公開部分の文言が、添付ファイル「{file.Path}」（{source.DocumentPath} の {source.Line} 行目で指定）に含まれています。PDF の黒塗りの下の文字、文書のプロパティ、別の文字コードの本文も読んでいます。文言を消したファイルを作り直してください。"
                    : $"この行の非公開部分の文言が、公開されるファイル「{file.Path}」に含まれています（タイトル・見出し・添付ファイルなど別の場所に同じ文言がないか確認してください）。"));
            }
        }
        return findings;
    }
}
