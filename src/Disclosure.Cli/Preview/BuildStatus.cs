using Disclosure.Diagnostics;

namespace Disclosure.Cli.Preview;

/// <summary>What the preview knows after its latest build. Replaced as a whole, so a request never sees half of an update.</summary>
/// <param name="SuccessfulBuilds">How many builds have replaced the output: a page served at a lower count is out of date.</param>
/// <param name="CompletedBuilds">How many builds have finished, failed or not: the errors page is out of date below it.</param>
/// <param name="BasePath">The path the site is served under (<c>/hogo/</c>), from the last site that was written.</param>
/// <param name="Problems">The diagnostics of the latest build if it failed, errors first; empty when it succeeded.</param>
public sealed record BuildStatus(int SuccessfulBuilds, int CompletedBuilds, string BasePath, IReadOnlyList<Diagnostic> Problems)
{
    public bool HasErrors => Problems.Count > 0;

    public IReadOnlyList<string> ProblemLines => Problems.Select(p => p.ToString()).ToList();
}
