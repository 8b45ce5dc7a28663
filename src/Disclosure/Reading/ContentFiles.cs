using System.Globalization;
using System.Text;
using Disclosure.Diagnostics;
using Disclosure.FileSystem;
using Disclosure.Text;
using Disclosure.Yaml;

namespace Disclosure.Reading;

/// <summary>
/// The content folder's files, read as text — refusing what must not be read or cannot be: anything whose real path
/// leaves the folder (a symbolic link to <c>/etc/passwd</c> or to the CI machine's environment), a file over the
/// size limit, text that is not UTF-8, and control characters (<see cref="ControlCharacters"/>), which would break
/// feeds and calendars further on.
/// </summary>
public sealed class ContentFiles(string contentDirectory)
{
    /// <summary>The largest content file (Markdown or YAML) read: a long 全項目評価書 is a few hundred KB.</summary>
    public const int MaxFileBytes = 2 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly ConfinedFolder _folder = new(contentDirectory);

    public string Root => contentDirectory;

    public ConfinedFolder Folder => _folder;

    /// <summary>The path staff see in messages: the content folder as given, then the path inside it.</summary>
    public string Display(string relativePath) => Path.Combine(contentDirectory, relativePath).Replace('\\', '/');

    public string DisplayOf(string fullPath) => Display(Path.GetRelativePath(contentDirectory, fullPath));

    /// <summary>Reads a content file; null when it does not exist or was refused (the refusal is reported).</summary>
    public SourceFile? Read(string relativePath, DiagnosticBag diagnostics)
    {
        var fullPath = Path.Combine(contentDirectory, relativePath);
        if (!File.Exists(fullPath) || !IsInside(fullPath, diagnostics))
        {
            return null;
        }
        var display = Display(relativePath);
        var length = new FileInfo(fullPath).Length;
        if (length > MaxFileBytes)
        {
            diagnostics.Error(display, 1, $"ファイルが大きすぎます（{length / 1024.0 / 1024.0:0.0} MB）。1 つのファイルは {MaxFileBytes / 1024 / 1024} MB までです。長い資料は添付ファイル（PDF など）にしてください。");
            return null;
        }
        string text;
        try
        {
            text = StrictUtf8.GetString(File.ReadAllBytes(fullPath)).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Error(display, 1, "文字コードが UTF-8 ではありません。UTF-8 で保存し直してください。");
            return null;
        }
        if (ControlCharacter(text) is { } found)
        {
            diagnostics.Error(display, found.Line,
                $"{found.Column} 文字目に{ControlCharacters.Describe((char)found.Code)}があります。目に見えない文字はページや配信用のファイルを壊すため使えません。削除してください。", found.Column);
            return null;
        }
        return new SourceFile(relativePath, display, Path.GetFullPath(fullPath), text);
    }

    /// <summary>True when the file or folder really lies in the content folder; a link leading out is reported at the link.</summary>
    public bool IsInside(string fullPath, DiagnosticBag diagnostics)
    {
        if (_folder.EscapeOf(fullPath) is not { } escape)
        {
            return true;
        }
        diagnostics.Error(DisplayOf(escape.Link), 1,
            $"content フォルダの外（{escape.Target}）を指すシンボリックリンクです。外のファイルは読み込みも公開もしません。リンクではなく、ファイルそのものを置いてください。");
        return false;
    }

    /// <summary>Where the first control character is (<see cref="ControlCharacters"/>), as staff count lines and columns.</summary>
    private static (int Line, int Column, int Code)? ControlCharacter(string text)
    {
        var index = ControlCharacters.IndexIn(text);
        if (index < 0)
        {
            return null;
        }
        var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        var line = 1 + text.AsSpan(0, index).Count('\n');
        return (line, new StringInfo(text[lineStart..index]).LengthInTextElements + 1, text[index]);
    }
}
