namespace Disclosure.Content;

public sealed record FreePage : ContentDocument
{
    public override DocumentCollection Collection => DocumentCollection.Pages;
}
