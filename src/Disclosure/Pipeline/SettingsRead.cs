using Disclosure.Content;
using Disclosure.Diagnostics;

namespace Disclosure.Pipeline;

/// <summary>Output of <see cref="ReadSettings"/>: the site's settings, null when site.yml is missing or unreadable.</summary>
public sealed record SettingsRead(SiteConfig? Site, IReadOnlyList<Diagnostic> Diagnostics) : IPhaseOutput;
