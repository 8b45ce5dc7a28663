namespace Disclosure.Comments.Submissions;

/// <param name="Field">The form field's name and id, so the error summary can link to it; <see cref="WholeForm"/> for a problem with no field.</param>
public sealed record FieldError(string Field, string Message)
{
    public const string WholeForm = "form";
}
