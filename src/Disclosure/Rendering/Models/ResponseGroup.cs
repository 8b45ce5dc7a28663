using Disclosure.Content;

namespace Disclosure.Rendering.Models;

/// <summary>The opinions of a published result that concern one section, each with its number on the page.</summary>
/// <param name="Section">Null for opinions on the assessment as a whole.</param>
public sealed record ResponseGroup(string? Section, IReadOnlyList<(int Number, CommentResponse Response)> Responses)
{
    /// <summary>
    /// Opinions on the whole first, then section by section in the assessment's order (a section the assessment no
    /// longer has, after them), numbered through in that order.
    /// </summary>
    public static IReadOnlyList<ResponseGroup> Of(IReadOnlyList<CommentResponse> responses, IReadOnlyList<string> sections)
    {
        var number = 0;
        return responses
            .GroupBy(r => r.Section)
            .OrderBy(g => g.Key is null ? -1 : Position(sections, g.Key))
            .Select(g => new ResponseGroup(g.Key, g.Select(r => (++number, r)).ToList()))
            .ToList();
    }

    private static int Position(IReadOnlyList<string> sections, string section)
    {
        for (var i = 0; i < sections.Count; i++)
        {
            if (sections[i] == section)
            {
                return i;
            }
        }
        return sections.Count;
    }
}
