namespace Disclosure.Rendering.Models;

/// <summary>The orders the assessment list is offered in; each is its own page, so sorting needs no JavaScript.</summary>
public enum AssessmentSort
{
    Kind,
    Updated,
    Department,
    Status,
}
