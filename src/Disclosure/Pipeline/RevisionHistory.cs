using Disclosure.History;

namespace Disclosure.Pipeline;

/// <param name="ByAssessment">Each assessment's committed versions, newest first.</param>
/// <param name="Note">Why there is no history, when there is none.</param>
public sealed record RevisionHistory(IReadOnlyDictionary<string, IReadOnlyList<Revision>> ByAssessment, string? Note)
{
    public static RevisionHistory Unavailable(string note) => new(new Dictionary<string, IReadOnlyList<Revision>>(), note);

    public IReadOnlyList<Revision> Of(string assessmentId) => ByAssessment.TryGetValue(assessmentId, out var list) ? list : [];
}
