using System.Text.RegularExpressions;

namespace Disclosure.Content;

public static partial class DocumentId
{
    public static bool IsValid(string id) => Pattern().IsMatch(id);

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex Pattern();
}
