namespace Disclosure.History;

public enum DiffKind
{
    Unchanged,
    Inserted,
    Deleted,
}

public sealed record DiffSegment(DiffKind Kind, string Text);
