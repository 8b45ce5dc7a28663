namespace Disclosure.Content;

public enum CommentPeriodState
{
    Upcoming,
    Open,
    Closed,
    ResultPublished,
}
