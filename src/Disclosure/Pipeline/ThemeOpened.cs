using Disclosure.Diagnostics;
using Disclosure.Rendering;

namespace Disclosure.Pipeline;

/// <summary>Output of <see cref="OpenTheme"/>.</summary>
public sealed record ThemeOpened(ThemeFolders Theme, IReadOnlyList<Diagnostic> Diagnostics) : IPhaseOutput;
