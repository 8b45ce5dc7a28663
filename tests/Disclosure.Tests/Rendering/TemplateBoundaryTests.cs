using System.Reflection;
using System.Runtime.CompilerServices;
using Disclosure.Rendering.Models;
using Disclosure.Testing;

namespace Disclosure.Tests.Rendering;

/// <summary>
/// What the default theme's templates may reach: their page model and the route table, never the build's phases;
/// markup comes to them as HTML values, so no template prints a string as raw HTML; and the models they get are
/// made complete and never change.
/// </summary>
public sealed class TemplateBoundaryTests
{
    public static TheoryData<string> Templates => new(
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Theme, "templates"), "*.cshtml").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Templates))]
    public void A_template_calls_nothing_in_the_pipeline(string template)
    {
        var text = Read(template);

        Assert.DoesNotContain("Disclosure.Pipeline", text, StringComparison.Ordinal);
        Assert.DoesNotContain("SitePaths", text, StringComparison.Ordinal);
        Assert.DoesNotContain("CollectFollowFiles", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void A_template_prints_no_string_as_raw_HTML(string template)
    {
        Assert.DoesNotContain("@Raw(", Read(template), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void A_template_takes_every_site_path_from_the_route_table_or_its_model(string template)
    {
        var text = Read(template);

        Assert.All(new[] { "href=\"/", "src=\"/", "action=\"/" }, literal => Assert.DoesNotContain(literal, text, StringComparison.Ordinal));
    }

    [Fact]
    public void Page_models_are_made_complete_and_never_change()
    {
        var models = typeof(PageModel).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(PageModel).Namespace && t.IsPublic && !t.IsEnum && !t.IsSubclassOf(typeof(Attribute)));
        var settable = models
            .SelectMany(t => t.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { } set && !set.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}");

        Assert.Empty(settable);
    }

    private static string Read(string template) => File.ReadAllText(Path.Combine(RepositoryPaths.Theme, "templates", template));
}
