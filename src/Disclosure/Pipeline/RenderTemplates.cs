using System.Collections.Concurrent;
using Disclosure.Diagnostics;
using Disclosure.Rendering;
using Disclosure.Rendering.Templates;
using RazorLight;
using RazorLight.Compilation;
using RazorLight.Caching;
using RazorLight.Generation;

namespace Disclosure.Pipeline;

/// <summary>
/// Phase 13: renders each planned page through the theme's Razor templates and hands it straight to its item phase
/// <paramref name="processHtml"/>, so a page's rendered text lives only until it is finished (ten thousand pages
/// never sit in memory twice). Input: the pages to render. Output <see cref="PagesRendered"/>. One instance per build.
/// </summary>
public sealed class RenderTemplates(ThemeFolders theme, IPhase<RenderedPage, PageProcessed> processHtml) : IAsyncPhase<IReadOnlyList<PageToRender>, PagesRendered>
{
    // Compiling templates with Roslyn costs seconds; a process that builds again (the preview server, tests)
    // reuses the engine as long as no template file has changed since.
    private static readonly Lock EngineGate = new();

    private static readonly System.Text.Encodings.Web.HtmlEncoder PageEncoder =
        System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
    private static (string Fingerprint, RazorLightEngine Engine)? _cached;
    private string? _fingerprint;

    /// <summary>The template folders and every template's path, size and modification time.</summary>
    public string Fingerprint => _fingerprint ??= TemplatesFingerprint();

    public async Task<PagesRendered> ExecuteAsync(IReadOnlyList<PageToRender> pages)
    {
        var diagnostics = new DiagnosticBag();
        if (theme.Roots.Count == 0)
        {
            diagnostics.Error(theme.Roots.FirstOrDefault() ?? "themes", 1, "テーマのフォルダが見つかりません。");
            return new PagesRendered([], pages.Count, diagnostics.Items);
        }

        var engine = Engine(Fingerprint);

        var results = new ConcurrentBag<ProcessedPage>();
        // Compile each template once before rendering in parallel, so compilation is not repeated per thread.
        foreach (var first in pages.GroupBy(p => p.Template).Select(g => g.First()))
        {
            await RenderAsync(engine, first, results, diagnostics);
        }
        var rest = pages.GroupBy(p => p.Template).SelectMany(g => g.Skip(1));
        await Parallel.ForEachAsync(rest, async (page, _) => await RenderAsync(engine, page, results, diagnostics));
        return new PagesRendered(results.OrderBy(r => r.Page.OutputPath, StringComparer.Ordinal).ToList(), pages.Count - results.Count, diagnostics.Items);
    }

    private RazorLightEngine Engine(string fingerprint)
    {
        lock (EngineGate)
        {
            if (_cached is { } cached && cached.Fingerprint == fingerprint)
            {
                return cached.Engine;
            }
            var engine = BuildEngine();
            // Razor's default encoder writes every non-ASCII character as an entity (三倍の大きさ, unreadable source);
            // encoding stays on, only the characters that need it are escaped.
            engine.Options.PreRenderCallbacks.Add(page =>
            {
                if (page is TemplatePageBase template)
                {
                    template.HtmlEncoder = PageEncoder;
                }
            });
            _cached = (fingerprint, engine);
            return engine;
        }
    }

    /// <summary>What RazorLightEngineBuilder.Build does, with compiled templates shipped with the tool or kept on disk between runs.</summary>
    private RazorLightEngine BuildEngine()
    {
        var options = EngineOptions();
        var compiler = new CachedTemplateCompiler(new LayeredThemeProject(theme.Templates), CompiledTemplateStore.Default, options);
        return new RazorLightEngine(new EngineHandler(options, compiler, new TemplateConstructors(), options.CachingProvider));
    }

    /// <summary>RazorLight's settings for this library's templates, also used to compile the default theme when the tool is built.</summary>
    public static RazorLightOptions EngineOptions() => new()
    {
        OperatingAssembly = typeof(RenderTemplates).Assembly,
        CachingProvider = new MemoryCachingProvider(),
    };

    private string TemplatesFingerprint() => string.Join('|', theme.Templates.Select(folder =>
        folder + ":" + (Directory.Exists(folder)
            ? string.Join(',', Directory.EnumerateFiles(folder, "*.cshtml", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                .Select(f => new FileInfo(f)).Select(f => $"{f.FullName}={f.Length}@{f.LastWriteTimeUtc.Ticks}"))
            : "")));

    private async Task RenderAsync(RazorLightEngine engine, PageToRender page, ConcurrentBag<ProcessedPage> results, DiagnosticBag diagnostics)
    {
        try
        {
            var html = await RenderToStringAsync(engine, page);
            var processed = processHtml.Execute(new RenderedPage(page, html));
            diagnostics.Add(processed.Diagnostics);
            results.Add(processed.Page);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var where = page.Source?.Source.DisplayPath ?? page.Model.Path;
            diagnostics.Error(where, 1, $"テンプレート「{page.Template}」で表示できませんでした: {FirstLine(e)}");
        }
    }

    /// <summary>What RazorLight's CompileRenderAsync does, into a reused buffer (<see cref="RenderBuffers"/>).</summary>
    private static async Task<string> RenderToStringAsync(RazorLightEngine engine, PageToRender page)
    {
        var template = await engine.CompileTemplateAsync(page.Template);
        IncludedTemplates.Handler = engine.Handler;
        return await RenderBuffers.RenderAsync(writer => engine.RenderTemplateAsync(template, page.Model, writer));
    }

    private static string FirstLine(Exception e)
    {
        var message = e switch
        {
            TemplateCompilationException { CompilationErrors.Count: > 0 } c => string.Join(" / ", c.CompilationErrors.Take(3)),
            TemplateGenerationException { Diagnostics.Count: > 0 } g => string.Join(" / ", g.Diagnostics.Take(3).Select(d => d.ToString())),
            _ => e.Message,
        };
        return message.Split('\n')[0];
    }
}
