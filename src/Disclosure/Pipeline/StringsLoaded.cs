using Disclosure.Diagnostics;
using Disclosure.Rendering;

namespace Disclosure.Pipeline;

/// <summary>Output of <see cref="LoadStrings"/>.</summary>
public sealed record StringsLoaded(UiStrings Strings, IReadOnlyList<Diagnostic> Diagnostics) : IPhaseOutput;
