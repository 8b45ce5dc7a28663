using Disclosure.Content;

namespace Disclosure.Pipeline;

/// <summary>
/// What a page shows besides what every page shares (<see cref="SiteWideInputs"/>), declared by <see cref="PlanPages"/>
/// as it plans the page: two plans of a page with the same template, site-wide inputs and page inputs render the same
/// HTML, so the incremental layer reuses the page without looking into its model.
/// </summary>
public sealed class PageInputs
{
    private readonly List<object?> _inputs = [];

    /// <summary>
    /// Documents the page shows in full (a rendered body, its sections, its versions): the very objects, compared by
    /// reference — a document read again from an unchanged file, and its rendering, are the same objects as before.
    /// </summary>
    public PageInputs Whole(params IEnumerable<object?> shown)
    {
        foreach (var whole in shown)
        {
            _inputs.Add(new ByReference(whole));
        }
        return this;
    }

    /// <summary>
    /// Documents the page shows only by their fields (title, dates, state, tags): each one's address and header, so
    /// an edit of a body leaves the lists that show the document as they were.
    /// </summary>
    public PageInputs Fields(params IEnumerable<ContentDocument> shown)
    {
        foreach (var document in shown)
        {
            _inputs.Add(document.Url);
            _inputs.Add(document.Core.Header);
        }
        return this;
    }

    /// <summary>Values the page works out from many documents (counts, page numbers, the headings of groups): compared by value.</summary>
    public PageInputs Values(params IEnumerable<object?> values)
    {
        _inputs.AddRange(values);
        return this;
    }

    public bool SameAs(PageInputs other) =>
        ReferenceEquals(this, other) || (_inputs.Count == other._inputs.Count && _inputs.Zip(other._inputs).All(p => Equals(p.First, p.Second)));

    /// <summary>Equal only to the same object, whatever equality its type defines.</summary>
    private readonly record struct ByReference(object? Target)
    {
        public bool Equals(ByReference other) => ReferenceEquals(Target, other.Target);

        public override int GetHashCode() => ReferenceEqualityComparer.Instance.GetHashCode(Target);
    }
}
