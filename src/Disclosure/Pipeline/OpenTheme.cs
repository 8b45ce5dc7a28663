using Disclosure.Diagnostics;
using Disclosure.Rendering;

namespace Disclosure.Pipeline;

/// <summary>
/// Phase 1: finds the theme's folders (the site's theme over the default one) and refuses a theme that links outside
/// itself. Input: the theme folder. Output <see cref="ThemeOpened"/>.
/// </summary>
public sealed class OpenTheme : IPhase<string, ThemeOpened>
{
    public ThemeOpened Execute(string themeDirectory)
    {
        var theme = ThemeFolders.For(themeDirectory);
        var diagnostics = new DiagnosticBag();
        foreach (var escape in theme.Escapes())
        {
            diagnostics.Error(escape.Link.Replace('\\', '/'), 1,
                $"テーマのフォルダの外（{escape.Target}）を指すシンボリックリンクです。外のファイルは読み込みも公開もしません。ファイルそのものを置いてください。");
        }
        return new ThemeOpened(theme, diagnostics.Items);
    }
}
