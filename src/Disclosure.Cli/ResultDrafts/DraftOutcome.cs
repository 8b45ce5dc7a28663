using Disclosure.Comments.ResultDrafts;

namespace Disclosure.Cli.ResultDrafts;

/// <param name="Text">The whole file with the result written in; null when refused.</param>
/// <param name="Problem">Why nothing was written, in words for staff.</param>
/// <param name="Added">The opinions written in this time.</param>
/// <param name="Listed">How many opinions the result listed before.</param>
public sealed record DraftOutcome(string? Text, string? Problem, IReadOnlyList<DraftOpinion> Added, int Listed)
{
    public static DraftOutcome Refused(string problem) => new(null, problem, [], 0);

    public static DraftOutcome Written(string text, IReadOnlyList<DraftOpinion> added, int listed) => new(text, null, added, listed);
}
