namespace Disclosure.Content;

/// <summary>One step of a schedule: a single day (<see cref="Start"/> equals <see cref="End"/>) or a span of days.</summary>
/// <param name="Line">The line of the step's <c>link</c> (or of the step itself when it has none), for messages.</param>
/// <param name="Type">What the step is, where a rule of the guideline depends on it (the third-party review).</param>
public sealed record ScheduleStep(string Title, DateOnly Start, DateOnly End, string? Note, string? Link, int Line, ScheduleStepType Type = ScheduleStepType.Ordinary)
{
    public bool IsSpan => Start != End;

    public StepState StateOn(DateOnly today) =>
        End < today ? StepState.Done : Start > today ? StepState.Upcoming : StepState.Current;
}
