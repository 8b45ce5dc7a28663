using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;
using RazorLight.Compilation;
using RazorLight.Generation;

namespace Disclosure.Rendering;

/// <summary>
/// Keeps the assemblies compiled from templates on disk, keyed by a hash of the generated C# (so of the template
/// source and its imports), the RazorLight version and the exact build of this library whose types templates use.
/// A warm start loads them instead of running the C# compiler, which costs seconds.
/// </summary>
public sealed class CompiledTemplateCache(RoslynCompilationService compiler, string folder) : ICompilationService
{
    public static string DefaultFolder =>
        Path.Combine(Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"), "disclosure", "templates");

    public CSharpCompilationOptions CSharpCompilationOptions => compiler.CSharpCompilationOptions;
    public EmitOptions EmitOptions => compiler.EmitOptions;
    public CSharpParseOptions ParseOptions => compiler.ParseOptions;
    public Assembly OperatingAssembly => compiler.OperatingAssembly;

    public Assembly CompileAndEmit(IGeneratedRazorTemplate razorTemplate)
    {
        var path = Path.Combine(folder, Key(razorTemplate.GeneratedCode) + ".dll");
        if (File.Exists(path))
        {
            return Assembly.Load(File.ReadAllBytes(path));
        }

        var bytes = Compile(razorTemplate);
        try
        {
            Directory.CreateDirectory(folder);
            var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written only makes the next start slower.
        }
        return Assembly.Load(bytes);
    }

    private byte[] Compile(IGeneratedRazorTemplate razorTemplate)
    {
        var name = "DisclosureTemplate_" + Key(razorTemplate.GeneratedCode)[..16];
        var tree = compiler.CreateSyntaxTree(SourceText.From(razorTemplate.GeneratedCode, Encoding.UTF8)).WithFilePath(razorTemplate.TemplateKey);
        var compilation = compiler.CreateCompilation(name).AddSyntaxTrees(tree);
        using var assembly = new MemoryStream();
        var result = compilation.Emit(assembly);
        if (!result.Success)
        {
            var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d =>
            {
                var span = d.Location.GetMappedLineSpan();
                return new TemplateCompilationDiagnostic(d.GetMessage(), $"({span.StartLinePosition.Line}:{span.StartLinePosition.Character}) {d.GetMessage()}", span);
            }).ToList();
            throw new TemplateCompilationException(string.Join('\n', errors.Select(e => $"- {e.FormattedMessage}")), errors);
        }
        return assembly.ToArray();
    }

    private static string Key(string generatedCode)
    {
        var identity = $"{typeof(RoslynCompilationService).Assembly.GetName().Version}|{typeof(CompiledTemplateCache).Assembly.ManifestModule.ModuleVersionId}|{Environment.Version}\n";
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(identity + generatedCode)))[..40].ToLowerInvariant();
    }
}
