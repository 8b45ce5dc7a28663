using RazorLight;
using RazorLight.Compilation;

namespace Disclosure.Rendering.Templates;

/// <summary>
/// Makes a template's page objects with <see cref="Activator"/>. RazorLight's own provider compiles an expression tree per
/// template, which loaded the expression compiler and compiled seventeen methods at every start of a build.
/// </summary>
public sealed class TemplateConstructors : ITemplateFactoryProvider
{
    public Func<ITemplatePage> CreateFactory(CompiledTemplateDescriptor templateDescriptor)
    {
        var key = templateDescriptor.TemplateKey;
        var type = templateDescriptor.TemplateAttribute?.TemplateType
            ?? throw new RazorLightException($"Template {key} is corrupted or invalid");
        return () =>
        {
            var page = (ITemplatePage)Activator.CreateInstance(type)!;
            page.Key = key;
            return page;
        };
    }
}
