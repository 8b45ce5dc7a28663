using Disclosure.Pipeline;
using Disclosure.Rendering;
using Disclosure.Rendering.Templates;
using Disclosure.Testing;

namespace Disclosure.Tests.Rendering;

/// <summary>
/// Every template, the default theme's and a site's own, is a <see cref="ThemePage{TModel}"/>, whose includes are
/// typed: RazorLight's own include is a <c>dynamic</c> call that loads the C# runtime binder at every build's start.
/// </summary>
public sealed class ThemePageTests : IDisposable
{
    private readonly string _cache = Directory.CreateTempSubdirectory("disclosure-theme-page-").FullName;

    public static TheoryData<string> Templates => new(
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Theme, "templates"), "*.cshtml").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Templates))]
    public async Task A_default_template_compiles_to_a_theme_page(string template)
    {
        var compiler = new CachedTemplateCompiler(
            new LayeredThemeProject([Path.Combine(RepositoryPaths.Theme, "templates")]), new CompiledTemplateStore(null, _cache), RenderTemplates.EngineOptions());

        var compiled = await compiler.CompileAsync(template);

        var type = compiled.TemplateAttribute!.TemplateType;
        Assert.True(DerivesFromThemePage(type), $"{template} derives from {type.BaseType}");
    }

    private static bool DerivesFromThemePage(Type? type)
    {
        for (; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ThemePage<>))
            {
                return true;
            }
        }
        return false;
    }

    public void Dispose() => Directory.Delete(_cache, recursive: true);
}
