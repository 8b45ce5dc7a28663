namespace Disclosure.History;

/// <summary>One committed version of a content file.</summary>
/// <param name="Text">The whole file as it was in that commit.</param>
public sealed record Revision(string Hash, DateTimeOffset Date, string Subject, string Text)
{
    public string ShortHash => Hash[..10];
}
