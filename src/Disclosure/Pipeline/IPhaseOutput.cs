using Disclosure.Diagnostics;

namespace Disclosure.Pipeline;

/// <summary>The output of a phase that can find problems in the content: they are part of what it returns.</summary>
public interface IPhaseOutput
{
    IReadOnlyList<Diagnostic> Diagnostics { get; }
}
