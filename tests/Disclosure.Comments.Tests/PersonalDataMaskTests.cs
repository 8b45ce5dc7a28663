using Disclosure.Cli.ResultDrafts;
using Disclosure.Comments.ResultDrafts;
using YamlDotNet.RepresentationModel;

namespace Disclosure.Comments.Tests;

/// <summary>What the result draft wraps in redaction markup, and that any opinion text survives its YAML unchanged.</summary>
public sealed class PersonalDataMaskTests
{
    private static readonly Submitter Yamada = new("山田 太郎", "yamada@example.jp", "千葉市中央区千葉港1-1");

    [Theory]
    [InlineData("山田太郎です。", "{{redact 個人情報|山田太郎}}です。", "氏名")]
    [InlineData("山田　太郎です。", "{{redact 個人情報|山田　太郎}}です。", "氏名")]
    [InlineData("ＹＡＭＡＤＡ＠ＥＸＡＭＰＬＥ．ＪＰまで", "{{redact 個人情報|ＹＡＭＡＤＡ＠ＥＸＡＭＰＬＥ．ＪＰ}}まで", "メールアドレス")]
    [InlineData("千葉市中央区 千葉港１－１に住む", "{{redact 個人情報|千葉市中央区 千葉港１－１}}に住む", "住所")]
    [InlineData("連絡は other@example.org へ", "連絡は {{redact 個人情報|other@example.org}} へ", "メールアドレス")]
    [InlineData("03-1234-5678 です", "{{redact 個人情報|03-1234-5678}} です", "電話番号")]
    [InlineData("090-1234-5678", "{{redact 個人情報|090-1234-5678}}", "電話番号")]
    [InlineData("番号0312345678。", "番号{{redact 個人情報|0312345678}}。", "電話番号")]
    [InlineData("電話：０３－１２３４－５６７８", "電話：{{redact 個人情報|０３－１２３４－５６７８}}", "電話番号")]
    [InlineData("（03）1234-5678", "{{redact 個人情報|（03）1234-5678}}", "電話番号")]
    [InlineData("090 1234 5678 に", "{{redact 個人情報|090 1234 5678}} に", "電話番号")]
    public void Personal_data_is_wrapped_however_it_was_typed(string text, string expected, string kind)
    {
        var masked = PersonalDataMask.Mask(text, [Yamada]);

        Assert.Equal(expected, masked.Text);
        Assert.Equal([kind], masked.Wrapped);
    }

    [Theory]
    [InlineData("令和8年4月1日から2,000件の申請があります。")]
    [InlineData("第3条第2項、平成27年法律第65号")]
    [InlineData("山田さんという名字の話ではありません。")]
    public void Dates_counts_and_article_numbers_are_left_alone(string text)
    {
        var masked = PersonalDataMask.Mask(text, [Yamada]);

        Assert.Equal(text, masked.Text);
        Assert.Empty(masked.Wrapped);
    }

    [Theory]
    [InlineData("- 先頭がハイフン: 値 # シャープ")]
    [InlineData("\"二重\" と 'single' と {波括弧} と [角括弧] と & * ! | > % @ `")]
    [InlineData("一行目\n\n  字下げした三行目\n最後の行  ")]
    [InlineData("? 疑問符で始まる: yes")]
    [InlineData("行区切り\u2028の入った文")]
    [InlineData("タブ\tを含む")]
    public void Any_opinion_text_reads_back_from_the_draft_as_it_was(string text)
    {
        var opinion = new DraftOpinion(text, text, "Ⅱ \"節\": 名前 #1", 2, "R1", []);
        var yaml = "responses:\n" + DraftYaml.Entry(opinion, 2);

        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var entry = (YamlMappingNode)((YamlSequenceNode)((YamlMappingNode)stream.Documents[0].RootNode)["responses"])[0];

        Assert.Equal(text, ((YamlScalarNode)entry["opinion"]).Value);
        Assert.Equal("Ⅱ \"節\": 名前 #1", ((YamlScalarNode)entry["section"]).Value);
        Assert.Equal("2", ((YamlScalarNode)entry["submitted"]).Value);
        Assert.Equal("", ((YamlScalarNode)entry["response"]).Value);
    }
}
