using System.Runtime.CompilerServices;
using Disclosure.Content;

namespace Disclosure.Pipeline.Incremental;

/// <summary>
/// Stands in front of <see cref="MakeDocumentPart{T}"/>: each document's part (its data-set row, its feed entries)
/// as made by earlier builds, held as long as the document object lives. A document read again from an unchanged
/// file is the same object, so a build after a change makes parts again only for the documents that changed — and a
/// file made of the parts finds the very objects of the build before among its inputs (<see cref="ProducedFiles"/>).
/// Parts of failed builds are kept too: a part depends only on its document, what it declares besides
/// (<see cref="DocumentPart{T}.DependsOn"/>) and the site-wide inputs, and all are dropped when those change.
/// </summary>
public sealed class DocumentParts<T>
{
    private ConditionalWeakTable<ContentDocument, Entry> _entries = new();
    private SiteWideInputs? _siteWide;

    public IPhase<DocumentPart<T>, T> Around(IPhase<DocumentPart<T>, T> make, SiteWideInputs siteWide)
    {
        if (!siteWide.SameAs(_siteWide))
        {
            _entries = new ConditionalWeakTable<ContentDocument, Entry>();
        }
        _siteWide = siteWide;
        var entries = _entries;
        return Phase.From<DocumentPart<T>, T>(part => Execute(part, make, entries));
    }

    private static T Execute(DocumentPart<T> part, IPhase<DocumentPart<T>, T> make, ConditionalWeakTable<ContentDocument, Entry> entries)
    {
        if (entries.TryGetValue(part.Document, out var entry) && Equals(entry.DependsOn, part.DependsOn))
        {
            return entry.Part;
        }
        var made = make.Execute(part);
        entries.AddOrUpdate(part.Document, new Entry(part.DependsOn, made));
        return made;
    }

    private sealed record Entry(object? DependsOn, T Part);
}
