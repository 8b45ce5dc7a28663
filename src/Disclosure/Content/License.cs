namespace Disclosure.Content;

public sealed record License(string Name, Uri Url)
{
    public static readonly License Default = new("クリエイティブ・コモンズ 表示 4.0 国際（CC BY 4.0）", new Uri("https://creativecommons.org/licenses/by/4.0/deed.ja"));
}
