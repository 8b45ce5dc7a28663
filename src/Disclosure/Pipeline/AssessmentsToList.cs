using Disclosure.Content;
using Disclosure.Rendering.Models;

namespace Disclosure.Pipeline;

/// <summary>Input of <see cref="PlanAssessmentLists"/>.</summary>
/// <param name="Context">What every page shares.</param>
/// <param name="All">Every published assessment: the tags are gathered from all of them.</param>
/// <param name="Listed">Those not yet expired today, which the lists and tag pages show.</param>
public sealed record AssessmentsToList(SiteContext Context, IReadOnlyList<Assessment> All, IReadOnlyList<Assessment> Listed);
