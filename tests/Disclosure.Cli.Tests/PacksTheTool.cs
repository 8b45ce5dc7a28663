namespace Disclosure.Cli.Tests;

/// <summary>
/// Test classes that pack or build <c>src/Disclosure.Cli</c> themselves, or run what its build wrote, run one after the
/// other: two builds of the same project at once would write the same files, and a build rewrites what a run reads.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PacksTheTool
{
    public const string Name = "Packs the tool";
}
