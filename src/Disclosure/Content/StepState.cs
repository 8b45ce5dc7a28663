namespace Disclosure.Content;

public enum StepState
{
    Done,
    Current,
    Upcoming,
}
