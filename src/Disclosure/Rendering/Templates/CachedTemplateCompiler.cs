using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.Razor.Hosting;
using RazorLight;
using RazorLight.Compilation;
using RazorLight.Generation;
using RazorLight.Razor;

namespace Disclosure.Rendering.Templates;

/// <summary>
/// Gives RazorLight each template's compiled form, from <see cref="CompiledTemplateStore"/> when it holds one for the
/// template's exact source, so that a build whose templates are all compiled already never loads Razor's code
/// generator or the C# compiler (together about half a second of a small site's build). Only a template that is new
/// or changed is generated and compiled, and then kept.
/// </summary>
public sealed class CachedTemplateCompiler(RazorLightProject project, CompiledTemplateStore store, RazorLightOptions options) : IRazorTemplateCompiler
{
    // RazorLight configures its Razor engine (directives, base types) in an internal type; the builder that would
    // reach it offers no way to plug in another compiler, so it is taken from there once, and only if needed.
    private static readonly Lazy<Microsoft.AspNetCore.Razor.Language.RazorEngine> RazorLightRazorEngine = new(() =>
        (Microsoft.AspNetCore.Razor.Language.RazorEngine)typeof(RazorLightEngine).Assembly.GetType("RazorLight.DefaultRazorEngine")!
            .GetProperty("Instance")!.GetValue(null)!);

    private readonly ConcurrentDictionary<string, Lazy<Task<CompiledTemplateDescriptor>>> _compiled = new(StringComparer.Ordinal);
    private readonly Lazy<RoslynCompilationService> _roslyn = new(() => new RoslynCompilationService(
        new DefaultMetadataReferenceManager(options.AdditionalMetadataReferences, options.ExcludedAssemblies), options.OperatingAssembly, null));

    public ICompilationService CompilationService => _roslyn.Value;

    public Task<CompiledTemplateDescriptor> CompileAsync(string templateKey) =>
        _compiled.GetOrAdd(templateKey, key => new Lazy<Task<CompiledTemplateDescriptor>>(() => CompileUncachedAsync(key))).Value;

    /// <summary>Generates and compiles a template whatever the store holds, for the tool's build to ship.</summary>
    public async Task<(string Key, byte[] Assembly)> CompileFreshAsync(string templateKey)
    {
        var item = await project.GetItemAsync(templateKey);
        var key = CompiledTemplateStore.KeyOf(item.Key, await SourceOf(item));
        return (key, await GenerateAndCompileAsync(item, key));
    }

    private async Task<CompiledTemplateDescriptor> CompileUncachedAsync(string templateKey)
    {
        var item = await project.GetItemAsync(templateKey);
        if (!item.Exists)
        {
            throw new TemplateNotFoundException($"テンプレート「{item.Key}」がテーマのどのフォルダにもありません。");
        }
        var key = CompiledTemplateStore.KeyOf(item.Key, await SourceOf(item));
        var assembly = store.Find(key);
        if (assembly is null)
        {
            var bytes = await GenerateAndCompileAsync(item, key);
            store.Keep(key, bytes);
            assembly = Assembly.Load(bytes);
        }
        return new CompiledTemplateDescriptor
        {
            Item = new RazorCompiledItemLoader().LoadItems(assembly).SingleOrDefault(),
            TemplateKey = item.Key,
            TemplateAttribute = assembly.GetCustomAttribute<RazorLightTemplateAttribute>(),
        };
    }

    private async Task<byte[]> GenerateAndCompileAsync(RazorLightProjectItem item, string key)
    {
        var generator = new RazorSourceGenerator(RazorLightRazorEngine.Value, project, options.Namespaces);
        var generated = await generator.GenerateCodeAsync(item);
        return new RoslynTemplateCompilation(_roslyn.Value).Compile(generated, key);
    }

    private static async Task<string> SourceOf(RazorLightProjectItem item)
    {
        await using var stream = item.Read();
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }
}
