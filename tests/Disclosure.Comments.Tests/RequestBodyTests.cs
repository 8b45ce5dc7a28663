using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Disclosure.Comments.Tests.Support;
using Disclosure.Testing;

namespace Disclosure.Comments.Tests;

/// <summary>Bodies that cannot be read as a form are refused with a reason, and nothing half-decoded is ever stored.</summary>
public abstract class RequestBodyTests(CommentServerFixture server)
{
    private const int MaxBodyBytes = 64 * 1024;
    private const string FormType = "application/x-www-form-urlencoded";

    /// <summary>A form body of exactly <paramref name="length"/> bytes that carries <paramref name="marker"/>.</summary>
    private static byte[] FormBody(string marker, int length)
    {
        var head = $"agree=yes&opinion={marker}";
        return Encoding.ASCII.GetBytes(head + new string('a', length - head.Length));
    }

    private static ByteArrayContent Bytes(byte[] body, string contentType)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    [Fact]
    public async Task A_body_over_64_KB_with_a_content_length_is_413()
    {
        using var client = server.Client();
        var marker = Form.Marker();
        var reply = await client.PostAsync(TestSite.OpenPeriod, Bytes(FormBody(marker, MaxBodyBytes + 1), FormType));

        PageAssert.AssertMessagePage(reply, HttpStatusCode.RequestEntityTooLarge, "64 KB まで");
        Assert.Contains("送信内容が大きすぎます", reply.Document.Title);
        Assert.Equal(0, server.Store().CountMentioning(marker));
    }

    [Fact]
    public async Task A_chunked_body_over_64_KB_without_a_content_length_is_413()
    {
        using var client = server.Client();
        var marker = Form.Marker();
        var content = new StreamContent(new ForwardOnlyStream(FormBody(marker, MaxBodyBytes * 2)));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(FormType);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"periods/{TestSite.OpenPeriod}/comments") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        request.Headers.TryAddWithoutValidation("Origin", client.SiteOrigin);
        request.Headers.Accept.ParseAdd("application/json");

        var reply = await client.SendAsync(request);

        Assert.Null(content.Headers.ContentLength);
        PageAssert.AssertProblem(reply, HttpStatusCode.RequestEntityTooLarge, phrase: "送信内容が大きすぎます");
        Assert.Equal(0, server.Store().CountMentioning(marker));
    }

    [Fact]
    public async Task A_body_of_exactly_64_KB_is_read_and_then_judged_on_its_content()
    {
        using var client = server.Client();
        var marker = Form.Marker();
        var reply = await client.PostAsync(TestSite.OpenPeriod, Bytes(FormBody(marker, MaxBodyBytes), FormType));

        // Read in full; the opinion is then too long for the period (4,000 characters), a field error, not 413.
        PageAssert.AssertFieldError(reply, HttpStatusCode.UnprocessableEntity, "opinion", "4,000文字以内で入力してください");
        Assert.Equal(0, server.Store().CountMentioning(marker));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("multipart/form-data; boundary=xyz")]
    [InlineData("")]
    public async Task A_body_that_is_neither_a_form_nor_json_is_415(string contentType)
    {
        using var client = server.Client();
        var marker = Form.Marker();
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes($"opinion={marker}&agree=yes"));
        if (contentType.Length > 0)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        var reply = await client.PostAsync(TestSite.OpenPeriod, content);

        PageAssert.AssertMessagePage(reply, HttpStatusCode.UnsupportedMediaType, "application/x-www-form-urlencoded");
        Assert.Contains("送信形式に対応していません", reply.Document.Title);
        Assert.Equal(0, server.Store().CountMentioning(marker));
    }

    [Fact]
    public async Task A_form_in_another_charset_is_415()
    {
        using var client = server.Client();
        var marker = Form.Marker();
        var reply = await client.PostAsync(TestSite.OpenPeriod, Bytes(Encoding.ASCII.GetBytes($"opinion={marker}&agree=yes"), FormType + "; charset=shift_jis"));

        PageAssert.AssertMessagePage(reply, HttpStatusCode.UnsupportedMediaType, "UTF-8 で送信してください");
        Assert.Equal(0, server.Store().CountMentioning(marker));
    }

    [Theory]
    [InlineData("opinion=%ZZ{0}&agree=yes")]
    [InlineData("agree=yes&opinion={0}%4")]
    [InlineData("agree=yes&opinion={0}%")]
    public async Task Malformed_percent_encoding_is_400(string template)
    {
        using var client = server.Client();
        var marker = Form.Marker();
        var reply = await client.PostAsync(TestSite.OpenPeriod, Bytes(Encoding.ASCII.GetBytes(string.Format(template, marker)), FormType));

        PageAssert.AssertMessagePage(reply, HttpStatusCode.BadRequest, "URL エンコードに誤りがあります");
        Assert.Contains("送信内容の形式が正しくありません", reply.Document.Title);
        Assert.Equal(0, server.Store().CountMentioning(marker));
    }

    [Theory]
    [InlineData("opinion=%FF%FE{0}&agree=yes")]
    [InlineData("agree=yes&opinion={0}%E3%81")] // a three-byte character cut short
    [InlineData("agree=yes&opinion={0}%C0%AF")] // an overlong encoding of '/'
    [InlineData("agree=yes&opinion={0}%ED%A0%80")] // a UTF-16 surrogate encoded as UTF-8
    public async Task Percent_encoded_bytes_that_are_not_utf8_are_400(string template)
    {
        using var client = server.Client();
        var marker = Form.Marker();
        var reply = await client.PostAsync(TestSite.OpenPeriod, Bytes(Encoding.ASCII.GetBytes(string.Format(template, marker)), FormType));

        PageAssert.AssertMessagePage(reply, HttpStatusCode.BadRequest, "UTF-8 として正しくない文字");
        Assert.Equal(0, server.Store().CountMentioning(marker));
    }

    [Fact]
    public async Task A_raw_0xFF_byte_in_a_form_body_is_400()
    {
        using var client = server.Client();
        var marker = Form.Marker();
        var body = Encoding.ASCII.GetBytes($"agree=yes&opinion={marker}").Concat(new byte[] { 0xFF }).ToArray();

        var reply = await client.PostAsync(TestSite.OpenPeriod, Bytes(body, FormType));

        PageAssert.AssertMessagePage(reply, HttpStatusCode.BadRequest, "URL エンコードされていません");
        Assert.Equal(0, server.Store().CountMentioning(marker));
    }

    [Fact]
    public async Task Raw_utf8_in_a_form_body_is_400_because_a_browser_always_percent_encodes()
    {
        using var client = server.Client();
        var marker = Form.Marker();
        var reply = await client.PostAsync(TestSite.OpenPeriod, Bytes(Encoding.UTF8.GetBytes($"agree=yes&opinion=意見{marker}"), FormType));

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal(0, server.Store().CountMentioning(marker));
    }

    [Theory]
    [InlineData("[\"{0}\"]")]
    [InlineData("\"{0}\"")]
    [InlineData("42")]
    [InlineData("null")]
    public async Task A_json_body_that_is_not_an_object_is_400(string template)
    {
        using var client = server.Client();
        var marker = Form.Marker();
        var reply = await client.PostAsync(TestSite.OpenPeriod,
            Bytes(Encoding.UTF8.GetBytes(template.Replace("{0}", marker)), "application/json"), json: true);

        PageAssert.AssertProblem(reply, HttpStatusCode.BadRequest, phrase: "JSON はオブジェクト");
        Assert.Equal(0, server.Store().CountMentioning(marker));
    }

    [Fact]
    public async Task A_json_body_that_is_not_an_object_is_400_as_a_page_too()
    {
        using var client = server.Client();
        var reply = await client.PostAsync(TestSite.OpenPeriod, Bytes("[1, 2]"u8.ToArray(), "application/json"));

        PageAssert.AssertMessagePage(reply, HttpStatusCode.BadRequest, "JSON はオブジェクト");
    }

    [Theory]
    [InlineData("{\"opinion\": \"{0}\", \"agree\": \"yes\"")]
    [InlineData("{\"opinion\": [\"{0}\"], \"agree\": \"yes\"}")]
    [InlineData("{\"opinion\": \"{0}\", \"agree\": \"yes\", \"name\": {\"first\": 1}}")]
    public async Task Json_that_is_broken_or_has_non_string_fields_is_400(string template)
    {
        using var client = server.Client();
        var marker = Form.Marker();
        var reply = await client.PostAsync(TestSite.OpenPeriod,
            Bytes(Encoding.UTF8.GetBytes(template.Replace("{0}", marker)), "application/json"), json: true);

        PageAssert.AssertProblem(reply, HttpStatusCode.BadRequest);
        Assert.Equal(0, server.Store().CountMentioning(marker));
    }

    [Fact]
    public async Task A_json_body_with_bytes_that_are_not_utf8_is_400()
    {
        using var client = server.Client();
        var marker = Form.Marker();
        var body = Encoding.UTF8.GetBytes($"{{\"agree\": \"yes\", \"opinion\": \"{marker}")
            .Concat(new byte[] { 0xFF, 0xFE })
            .Concat(Encoding.UTF8.GetBytes("\"}"))
            .ToArray();

        var reply = await client.PostAsync(TestSite.OpenPeriod, Bytes(body, "application/json"), json: true);

        PageAssert.AssertProblem(reply, HttpStatusCode.BadRequest, phrase: "文字を読み取れません");
        Assert.Equal(0, server.Store().CountMentioning(marker));
    }

    /// <summary>
    /// <c>\ud800</c> is valid JSON syntax but no character: like a broken percent-encoding, it must be refused with a
    /// reason (400), never stored as a replacement character and never answered with a server error.
    /// </summary>
    [Theory]
    [InlineData("\\ud800")]
    [InlineData("\\udc00")]
    [InlineData("\\ud83d x")]
    public async Task A_json_string_with_a_lone_surrogate_escape_is_400(string escape)
    {
        using var client = server.Client();
        var marker = Form.Marker();
        var body = $"{{\"agree\": \"yes\", \"opinion\": \"{escape} {marker}\"}}";

        var reply = await client.PostAsync(TestSite.OpenPeriod, Bytes(Encoding.UTF8.GetBytes(body), "application/json"), json: true);

        PageAssert.AssertProblem(reply, HttpStatusCode.BadRequest);
        Assert.Equal(0, server.Store().CountMentioning(marker));
    }

    /// <summary>A stream of unknown length, as a browser's upload is to HttpClient: it is sent chunked.</summary>
    private sealed class ForwardOnlyStream(byte[] data) : Stream
    {
        private readonly MemoryStream _inner = new(data);

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, Math.Min(count, 4096));
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

[Collection(SqliteServerCollection.Name)]
public sealed class RequestBodyTestsOnSqlite(SqliteServerFixture server) : RequestBodyTests(server);

[Collection(PostgresServerCollection.Name)]
[RequiresPostgres]
public sealed class RequestBodyTestsOnPostgres(PostgresServerFixture server) : RequestBodyTests(server);
