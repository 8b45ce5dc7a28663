using System.Reflection;
using System.Text.RegularExpressions;
using Disclosure.Pipeline;
using Disclosure.Pipeline.Incremental;
using Disclosure.Testing;

namespace Disclosure.Tests.Pipeline;

/// <summary>The shape of the build, held to what the README's picture of it says.</summary>
public sealed partial class PhaseContractTests
{
    private static readonly Type[] Phases = typeof(IPhase<,>).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && t.Namespace == typeof(IPhase<,>).Namespace && t.IsPublic)
        .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && (i.GetGenericTypeDefinition() == typeof(IPhase<,>) || i.GetGenericTypeDefinition() == typeof(IAsyncPhase<,>))))
        .ToArray();

    [Fact]
    public void Every_phase_is_in_the_readme_diagram()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var diagram = Mermaid().Match(readme);
        Assert.True(diagram.Success, "the README has no mermaid diagram");
        Assert.True(Phases.Length >= 16, $"only {Phases.Length} phases found");
        // A generic phase (one per kind of item it makes) is named without its arity.
        Assert.All(Phases, phase => Assert.Contains(phase.Name.Split('`')[0], diagram.Value));
    }

    [Fact]
    public void Every_phase_has_one_execute_and_says_what_it_takes_and_gives()
    {
        Assert.All(Phases, phase =>
        {
            var executes = phase.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => m.Name is "Execute" or "ExecuteAsync").ToList();
            Assert.True(executes.Count == 1, $"{phase.Name} has {executes.Count} public Execute methods");
            Assert.Single(executes[0].GetParameters());
        });
    }

    [Fact]
    public void The_phases_know_nothing_of_the_incremental_layer()
    {
        var incremental = typeof(IncrementalPhases).Namespace!;
        Assert.All(Phases, phase =>
        {
            var members = phase.GetConstructors().SelectMany(c => c.GetParameters()).Select(p => p.ParameterType)
                .Concat(phase.GetFields(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public).Select(f => f.FieldType));
            Assert.DoesNotContain(members, t => t.Namespace == incremental);
        });
        var sources = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "src", "Disclosure", "Pipeline"), "*.cs");
        Assert.All(sources, file => Assert.DoesNotContain($"using {incremental};", File.ReadAllText(file)));
    }

    [GeneratedRegex("```mermaid\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex Mermaid();
}
