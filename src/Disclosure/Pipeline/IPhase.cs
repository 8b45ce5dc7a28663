namespace Disclosure.Pipeline;

/// <summary>
/// One phase of the build: a typed input in, a typed output out, and nothing else — no shared state, no callbacks,
/// no knowledge of earlier builds. What a phase finds wrong travels in its output (<see cref="IPhaseOutput"/>).
/// Phases that work item by item (a file, a document, a page) take their per-item phase as a constructor argument,
/// which is where the incremental layer (<c>Pipeline/Incremental/</c>) puts a memo of earlier results.
/// </summary>
public interface IPhase<in TInput, out TOutput>
{
    TOutput Execute(TInput input);
}
