using Disclosure.Comments.Store;

namespace Disclosure.Comments.ResultDrafts;

/// <summary>
/// A period's submissions as the published result counts them: all received, the repeats the store marked, and one
/// entry per distinct text (the store's own fingerprint of a text, so a repeat is what the server called a repeat),
/// in the order first received. Names, emails and addresses are used only to find them in the texts.
/// </summary>
public sealed record ResultDraft(int Count, int Duplicates, IReadOnlyList<DraftOpinion> Opinions)
{
    public static ResultDraft From(IReadOnlyList<StoredComment> comments)
    {
        var opinions = comments
            .OrderBy(c => c.ReceivedAt)
            .ThenBy(c => c.Receipt, StringComparer.Ordinal)
            .GroupBy(c => OpinionText.Fingerprint(c.Opinion))
            .Select(group =>
            {
                var first = group.First();
                var text = first.Opinion.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
                var masked = PersonalDataMask.Mask(text, group.Select(c => new Submitter(c.Name, c.Email, c.Address)));
                var section = group.Select(c => c.Section).FirstOrDefault(s => !string.IsNullOrWhiteSpace(s));
                return new DraftOpinion(masked.Text, text, section, group.Count(), first.Receipt, masked.Wrapped);
            })
            .ToList();
        return new ResultDraft(comments.Count, comments.Count(c => c.DuplicateOf is not null), opinions);
    }
}
