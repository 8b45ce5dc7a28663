using DiffPlex;
using DiffPlex.Chunkers;

namespace Disclosure.History;

/// <summary>How one section changed between two versions, character by character: Japanese has no spaces to split words on.</summary>
public sealed record SectionDiff(string Title, IReadOnlyList<DiffSegment> Segments)
{
    public bool Changed => Segments.Any(s => s.Kind != DiffKind.Unchanged);

    /// <summary>Pairs sections by heading, in the newer version's order, with removed sections after them.</summary>
    public static IReadOnlyList<SectionDiff> Between(IReadOnlyList<PublicSection> older, IReadOnlyList<PublicSection> newer)
    {
        var titles = newer.Select(s => s.Title).Concat(older.Select(s => s.Title)).Distinct().ToList();
        return titles.Select(title => new SectionDiff(title, Compare(
            older.FirstOrDefault(s => s.Title == title)?.Text ?? "",
            newer.FirstOrDefault(s => s.Title == title)?.Text ?? ""))).ToList();
    }

    private static List<DiffSegment> Compare(string before, string after)
    {
        var result = Differ.Instance.CreateDiffs(before, after, ignoreWhiteSpace: false, ignoreCase: false, CharacterChunker.Instance);
        var segments = new List<DiffSegment>();
        var position = 0;
        foreach (var block in result.DiffBlocks)
        {
            Add(segments, DiffKind.Unchanged, string.Concat(result.PiecesOld.Skip(position).Take(block.DeleteStartA - position)));
            Add(segments, DiffKind.Deleted, string.Concat(result.PiecesOld.Skip(block.DeleteStartA).Take(block.DeleteCountA)));
            Add(segments, DiffKind.Inserted, string.Concat(result.PiecesNew.Skip(block.InsertStartB).Take(block.InsertCountB)));
            position = block.DeleteStartA + block.DeleteCountA;
        }
        Add(segments, DiffKind.Unchanged, string.Concat(result.PiecesOld.Skip(position)));
        return segments;
    }

    private static void Add(List<DiffSegment> segments, DiffKind kind, string text)
    {
        if (text.Length > 0)
        {
            segments.Add(new DiffSegment(kind, text));
        }
    }
}
