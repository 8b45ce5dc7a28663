using Disclosure.Diagnostics;
using Disclosure.Rendering;

namespace Disclosure.Pipeline;

/// <summary>
/// Phase 3: loads the interface's words in the site's language from the theme's layers. Input: the language (from
/// site.yml). Output <see cref="StringsLoaded"/>.
/// </summary>
public sealed class LoadStrings(ThemeFolders theme) : IPhase<string, StringsLoaded>
{
    public StringsLoaded Execute(string language)
    {
        var diagnostics = new DiagnosticBag();
        var strings = UiStrings.Load(theme, language, diagnostics);
        return new StringsLoaded(strings, diagnostics.Items);
    }
}
