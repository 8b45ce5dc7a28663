namespace Disclosure.Content;

public sealed record Meeting : ContentDocument
{
    public override DocumentCollection Collection => DocumentCollection.Meetings;

    public required DateOnly Date { get; init; }
    public required string Place { get; init; }
    public IReadOnlyList<string> Attendees { get; init; } = [];
    public IReadOnlyList<string> Agenda { get; init; } = [];
}
