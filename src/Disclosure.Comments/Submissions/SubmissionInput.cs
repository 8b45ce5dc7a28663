namespace Disclosure.Comments.Submissions;

/// <summary>The fields of the comment form as the citizen sent them, before validation.</summary>
public sealed record SubmissionInput(
    string Opinion,
    string Section,
    string Name,
    string Email,
    string Address,
    bool Agreed,
    string Honeypot)
{
    public const string OpinionField = "opinion";
    public const string SectionField = "section";
    public const string NameField = "name";
    public const string EmailField = "email";
    public const string AddressField = "address";
    public const string AgreeField = "agree";
    public const string HoneypotField = "website";

    public static SubmissionInput From(IReadOnlyDictionary<string, string> fields)
    {
        string Get(string key) => fields.TryGetValue(key, out var value) ? value : "";
        return new SubmissionInput(
            Get(OpinionField).Replace("\r\n", "\n"),
            Get(SectionField).Trim(),
            Get(NameField).Trim(),
            Get(EmailField).Trim(),
            Get(AddressField).Trim(),
            Get(AgreeField) is "yes" or "true" or "on",
            Get(HoneypotField));
    }
}
