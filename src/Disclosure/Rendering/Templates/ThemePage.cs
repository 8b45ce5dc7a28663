using RazorLight;

namespace Disclosure.Rendering.Templates;

/// <summary>
/// What every template of a theme derives from (<see cref="LayeredThemeProject"/> gives each one this base).
/// RazorLight includes a partial through a <c>dynamic</c> call, whose first use loads and runs the C# runtime
/// binder — about a tenth of a second at the start of every build; this includes the partial through RazorLight's
/// own rendering, typed, and writes what it renders where the call stands.
/// </summary>
public abstract class ThemePage<TModel> : TemplatePage<TModel>
{
    public new async Task IncludeAsync(string key, object? model = null)
    {
        if (IncludedTemplates.Handler is not { } handler)
        {
            await base.IncludeAsync(key, model);
            return;
        }
        var partial = await handler.CompileTemplateAsync(key);
        WriteLiteral(await RenderBuffers.RenderAsync(writer => handler.RenderTemplateAsync(partial, model, writer)));
    }
}
