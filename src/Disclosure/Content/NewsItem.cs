namespace Disclosure.Content;

public sealed record NewsItem : ContentDocument
{
    public override DocumentCollection Collection => DocumentCollection.News;

    public required DateOnly Date { get; init; }
}
