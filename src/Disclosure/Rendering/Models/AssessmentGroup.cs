using Disclosure.Content;

namespace Disclosure.Rendering.Models;

public sealed record AssessmentGroup(string Heading, string Id, IReadOnlyList<Assessment> Assessments);
