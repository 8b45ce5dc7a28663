namespace Disclosure.Content;

public enum AssessmentKind
{
    Basic,
    Focused,
    Full,
}
