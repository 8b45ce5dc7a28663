namespace Disclosure.Content;

/// <summary>The personal fields of the comment form, each optional unless a period requires it.</summary>
public enum CommentField
{
    Name,
    Email,
    Address,
}
