namespace Disclosure.Comments.ResultDrafts;

/// <param name="Wrapped">The kinds of personal data of each wrapped passage (「氏名」, 「電話番号」…), never the words.</param>
public sealed record MaskedText(string Text, IReadOnlyList<string> Wrapped);
