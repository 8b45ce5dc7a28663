using System.Diagnostics;
using Disclosure.Diagnostics;

namespace Disclosure.Pipeline;

/// <summary>
/// One build's run of its phases: each phase's output is handed back, its problems gathered and its time taken,
/// so that <see cref="SiteBuilder"/> reads as the list of phases and nothing else.
/// </summary>
internal sealed class PhaseRun
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly DiagnosticBag _diagnostics = new();
    private readonly PhaseTimer _timer = new();
    private readonly List<string> _notes = [];
    private IReadOnlyList<Guideline.AssessmentStanding> _standings = [];

    public bool HasErrors => _diagnostics.HasErrors;

    public TOutput Execute<TInput, TOutput>(string name, IPhase<TInput, TOutput> phase, TInput input) =>
        Reported(_timer.Time(name, () => phase.Execute(input)));

    public async Task<TOutput> ExecuteAsync<TInput, TOutput>(string name, IAsyncPhase<TInput, TOutput> phase, TInput input) =>
        Reported(await _timer.TimeAsync(name, () => phase.ExecuteAsync(input)));

    /// <summary>Waits for a phase started earlier, to run beside another; the wait is what is timed.</summary>
    public async Task<TOutput> TimeAsync<TOutput>(string name, Task<TOutput> started) => Reported(await _timer.TimeAsync(name, () => started));

    /// <summary>A remark that is neither an error nor a warning (the site was built without history).</summary>
    public void Note(string? note)
    {
        if (note is not null)
        {
            _notes.Add(note);
        }
    }

    /// <summary>The assessments' standing against the guideline, handed back with the result whether the build succeeds or not.</summary>
    public void Keep(IReadOnlyList<Guideline.AssessmentStanding> standings) => _standings = standings;

    public BuildResult Failed(int documentsRead) =>
        new(false, _diagnostics.Sorted(), documentsRead, 0, 0, _clock.Elapsed) { Notes = _notes, Phases = _timer.Phases, Standings = _standings };

    public BuildResult Succeeded(int documentsRead, PagesRendered pages, int files, int unchanged) =>
        new(true, _diagnostics.Sorted(), documentsRead, pages.Pages.Count, files, _clock.Elapsed)
        {
            Notes = _notes,
            Phases = _timer.Phases,
            Standings = _standings,
            PagesRendered = pages.RenderedNow,
            FilesUnchanged = unchanged,
        };

    private TOutput Reported<TOutput>(TOutput output)
    {
        if (output is IPhaseOutput reporting)
        {
            _diagnostics.Add(reporting.Diagnostics);
        }
        return output;
    }
}
