using Disclosure.Content;
using Disclosure.Diagnostics;
using Disclosure.Pipeline.Incremental;
using Disclosure.Reading;

namespace Disclosure.Pipeline;

/// <summary>Phase 1a: reads <c>site.yml</c>, whose language decides the words every other document is read with.</summary>
public sealed class ReadSettings(ContentFiles files, DiagnosticBag diagnostics, ParsedFiles? parsedFiles = null)
{
    public const string FileName = "site.yml";

    public SiteConfig? Execute()
    {
        if (!Directory.Exists(files.Root))
        {
            diagnostics.Error(files.Root, 1, "コンテンツのフォルダが見つかりません。");
            return null;
        }
        if (!File.Exists(Path.Combine(files.Root, FileName)))
        {
            diagnostics.Error(files.Display(FileName), 1, "サイトの設定ファイル site.yml がありません。");
            return null;
        }
        SiteConfig? Parse(DiagnosticBag bag) => files.Read(FileName, bag) is { } file ? SiteConfigParser.Parse(file, bag) : null;
        return parsedFiles is null
            ? Parse(diagnostics)
            : parsedFiles.GetOrParse(Path.Combine(files.Root, FileName), null, diagnostics, Parse);
    }
}
