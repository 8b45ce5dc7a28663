using RazorLight;

namespace Disclosure.Rendering.Templates;

/// <summary>The engine rendering the current page, for the partials it includes (<see cref="ThemePage{TModel}"/>).</summary>
public static class IncludedTemplates
{
    private static readonly AsyncLocal<IEngineHandler?> Current = new();

    public static IEngineHandler? Handler
    {
        get => Current.Value;
        set => Current.Value = value;
    }
}
