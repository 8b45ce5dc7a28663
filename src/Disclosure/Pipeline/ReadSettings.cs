using Disclosure.Content;
using Disclosure.Diagnostics;
using Disclosure.Reading;

namespace Disclosure.Pipeline;

/// <summary>
/// Phase 2: reads <c>site.yml</c>, whose language decides the words every other document is read with.
/// Input: the content folder. Output: <see cref="SettingsRead"/> (the settings, or none when they cannot be read).
/// </summary>
public sealed class ReadSettings(IPhase<FileToParse, FileParsed> parseFile) : IPhase<ContentFiles, SettingsRead>
{
    public const string FileName = "site.yml";

    public SettingsRead Execute(ContentFiles files)
    {
        if (!Directory.Exists(files.Root))
        {
            return Failed(files.Root, "コンテンツのフォルダが見つかりません。");
        }
        if (!File.Exists(Path.Combine(files.Root, FileName)))
        {
            return Failed(files.Display(FileName), "サイトの設定ファイル site.yml がありません。");
        }
        var parsed = parseFile.Execute(new FileToParse(Path.Combine(files.Root, FileName), null, Folder: null,
            bag => files.Read(FileName, bag) is { } file ? SiteConfigParser.Parse(file, bag) : null));
        return new SettingsRead(parsed.Result as SiteConfig, parsed.Diagnostics);
    }

    private static SettingsRead Failed(string path, string message)
    {
        var diagnostics = new DiagnosticBag();
        diagnostics.Error(path, 1, message);
        return new SettingsRead(null, diagnostics.Items);
    }
}
