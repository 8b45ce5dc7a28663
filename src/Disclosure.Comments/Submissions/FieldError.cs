namespace Disclosure.Comments.Submissions;

/// <param name="Field">The form field's name and id, so the error summary can link to it.</param>
public sealed record FieldError(string Field, string Message);
