namespace Disclosure.Content;

public enum AssessmentStatus
{
    Draft,
    Consultation,
    Review,
    Published,
    Withdrawn,
}
