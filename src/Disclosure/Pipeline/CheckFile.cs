using Disclosure.Diagnostics;
using Disclosure.Markdown.Extensions.Redaction;
using Disclosure.Privacy;

namespace Disclosure.Pipeline;

/// <summary>
/// Item phase of <see cref="CheckRedactions"/>: searches one file about to be published for every withheld passage.
/// Input <see cref="FileToCheck"/>, output the findings. That an attachment cannot be read is only said when there
/// are words to look for.
/// </summary>
public sealed class CheckFile : IPhase<FileToCheck, IReadOnlyList<Diagnostic>>
{
    public IReadOnlyList<Diagnostic> Execute(FileToCheck input)
    {
        var (file, withheld) = input;
        var passages = withheld.Passages;
        var warnUnreadable = passages.Count > 0;
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
