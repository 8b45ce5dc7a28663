using Disclosure.Markdown;
using Disclosure.Privacy;

namespace Disclosure.Pipeline;

/// <summary>
/// Item phase of <see cref="CheckRedactions"/>: finds one rendered document's non-public passages — in its Markdown
/// body, its Markdown fields and its other fields — and folds each as published files are read. Input the
/// <see cref="RenderedDocument"/>, output <see cref="WithheldInDocument"/>. A phase of its own so that the preview
/// goes through only the documents rendered again, not ten thousand unchanged ones on every save.
/// </summary>
public sealed class FindWithheld : IPhase<RenderedDocument, WithheldInDocument>
{
    public WithheldInDocument Execute(RenderedDocument document)
    {
        var searched = new List<WithheldPassage>();
        var tooShort = new List<RedactedPassage>();
        var withheld = document.Body.Redactions
            .Concat(document.Fields.SelectMany(f => f.Redactions))
            .Concat(document.Document.WithheldInFields);
        foreach (var passage in withheld)
        {
            var folded = FoldedText.Fold(passage.Text);
            if (folded.Length >= CheckRedactions.MinimumLength)
            {
                searched.Add(new WithheldPassage(document.Document, passage, folded));
            }
            else if (folded.Length > 0)
            {
                tooShort.Add(passage);
            }
        }
        return new WithheldInDocument(searched, tooShort);
    }
}
