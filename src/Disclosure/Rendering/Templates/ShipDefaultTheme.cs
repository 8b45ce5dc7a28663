using Disclosure.Pipeline;

namespace Disclosure.Rendering.Templates;

/// <summary>
/// Compiles every template of a theme folder into <see cref="CompiledTemplateStore.ShippedFolder"/>'s form, so the tool
/// ships the default theme compiled: a site that keeps the default templates, or overrides only a few, never starts
/// the C# compiler for the rest — not even on a fresh CI machine.
/// </summary>
public static class ShipDefaultTheme
{
    public static async Task<int> CompileAsync(string templatesFolder, string outputFolder)
    {
        var compiler = new CachedTemplateCompiler(new LayeredThemeProject([templatesFolder]), new CompiledTemplateStore(null, outputFolder), RenderTemplates.EngineOptions());
        var keys = new List<string>();
        foreach (var template in Directory.EnumerateFiles(templatesFolder, "*.cshtml").Order(StringComparer.Ordinal))
        {
            var (key, assembly) = await compiler.CompileFreshAsync(Path.GetFileName(template));
            CompiledTemplateStore.Write(outputFolder, key, assembly);
            keys.Add(key + ".dll");
        }
        // What an earlier build of the tool compiled from templates since changed would never be found again.
        foreach (var stale in Directory.EnumerateFiles(outputFolder, "*.dll").Where(f => !keys.Contains(Path.GetFileName(f))))
        {
            File.Delete(stale);
        }
        return keys.Count;
    }
}
