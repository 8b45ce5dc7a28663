using System.Text.RegularExpressions;
using Disclosure.Comments.Options;
using Disclosure.Testing;

namespace Disclosure.Comments.Tests;

/// <summary>
/// The production recipe shipped in <c>src/Disclosure.Comments/deploy/</c> agrees with the server: the systemd unit
/// sandboxes it, sets only settings that exist, and listens where the nginx locations proxy to. (The nginx locations
/// themselves are run for real by the E2E proxy test.)
/// </summary>
public sealed partial class DeployFilesTests
{
    private static readonly string Deploy = Path.Combine(RepositoryPaths.Root, "src", "Disclosure.Comments", "deploy");

    private static string Unit => File.ReadAllText(Path.Combine(Deploy, "disclosure-comments.service"));

    [Theory]
    [InlineData("NoNewPrivileges=yes")]
    [InlineData("ProtectSystem=strict")]
    [InlineData("ProtectHome=yes")]
    [InlineData("PrivateTmp=yes")]
    [InlineData("PrivateDevices=yes")]
    [InlineData("StateDirectory=disclosure-comments")]
    [InlineData("RestrictAddressFamilies=AF_INET AF_INET6 AF_UNIX")]
    [InlineData("CapabilityBoundingSet=")]
    [InlineData("UMask=0077")]
    public void The_systemd_unit_sandboxes_the_server(string directive) =>
        Assert.Contains(directive + "\n", Unit.Replace("\r\n", "\n"));

    [Fact]
    public void The_unit_sets_only_settings_the_server_has_and_keeps_its_store_in_its_state_folder()
    {
        var settings = EnvironmentSetting().Matches(Unit).Select(m => m.Groups[1].Value.Split("__")[0]).ToList();

        Assert.NotEmpty(settings);
        Assert.All(settings, name => Assert.NotNull(typeof(CommentServerOptions).GetProperty(name)));
        Assert.Contains("Environment=Comments__StorePath=/var/lib/disclosure-comments/comments.db", Unit);
        Assert.Contains("Environment=Comments__TrustedProxies__0=127.0.0.1", Unit);
        Assert.DoesNotContain("Password", Unit.Split('\n').Where(l => !l.StartsWith('#')).Aggregate("", string.Concat));
    }

    [Fact]
    public void The_server_listens_where_nginx_proxies_to()
    {
        var listen = Regex.Match(Unit, @"--urls http://127\.0\.0\.1:(\d+)").Groups[1].Value;
        var locations = File.ReadAllText(Path.Combine(Deploy, "disclosure-locations.conf"));

        Assert.Contains($"proxy_pass http://127.0.0.1:{listen}/;", locations);
        Assert.Contains("include snippets/disclosure-locations.conf;", File.ReadAllText(Path.Combine(Deploy, "nginx-disclosure.conf")));
    }

    [GeneratedRegex(@"^Environment=Comments__([A-Za-z_0-9]+)=", RegexOptions.Multiline)]
    private static partial Regex EnvironmentSetting();
}
