using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using RazorLight.Compilation;
using RazorLight.Generation;

namespace Disclosure.Rendering.Templates;

/// <summary>Compiles the C# that Razor generated from one template into an assembly's bytes, with RazorLight's settings.</summary>
public sealed class RoslynTemplateCompilation(RoslynCompilationService compiler)
{
    public byte[] Compile(IGeneratedRazorTemplate razorTemplate, string key)
    {
        var tree = compiler.CreateSyntaxTree(SourceText.From(razorTemplate.GeneratedCode, Encoding.UTF8)).WithFilePath(razorTemplate.TemplateKey);
        var compilation = compiler.CreateCompilation("DisclosureTemplate_" + key[..16]).AddSyntaxTrees(tree);
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
}
