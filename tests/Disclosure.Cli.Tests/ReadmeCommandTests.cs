using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Disclosure.Testing;

namespace Disclosure.Cli.Tests;

/// <summary>
/// The README is a test: every command line of its <c>sh</c> blocks is run exactly as written, from the repository
/// root, in order — the build, the installation of the <c>disclosure</c> command, each way of starting the comment
/// server (one opinion sent to each, with the Origin of the page the form is on), the staff commands reading what came
/// in. Only <c>tests/run.sh</c>, which is running this, is left out. Default stores go to a temporary data folder and
/// the "global" command to a temporary .NET home (<c>DOTNET_CLI_HOME</c>), never the developer's own.
/// </summary>
[Collection(PacksTheTool.Name)]
public sealed partial class ReadmeCommandTests : IDisposable
{
    private const string OpenPeriod = "kokuho-2026-iken";
    private readonly string _data = Directory.CreateTempSubdirectory("disclosure-readme-").FullName;
    private readonly List<(string Receipt, bool FromPreview)> _receipts = [];

    private string DotnetHome => Path.Combine(_data, "dotnet-home");

    /// <summary>Where <c>dotnet tool install --global</c> puts commands under <see cref="DotnetHome"/>; first on the lines' PATH.</summary>
    private string GlobalTools => Path.Combine(DotnetHome, ".dotnet", "tools");

    [Fact]
    public async Task Every_command_line_of_the_readme_works_as_written()
    {
        var lines = CommandLines().ToList();
        Assert.Contains(lines, l => l.StartsWith("dotnet run --project src/Disclosure.Cli -- build", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("dotnet pack src/Disclosure.Cli ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("dotnet tool update --global ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("disclosure --version", StringComparison.Ordinal));
        Assert.Equal(3, lines.Count(IsServer));
        Assert.Equal(2, lines.Count(l => l.StartsWith("disclosure ", StringComparison.Ordinal) && IsServer(l)));
        Assert.All(lines.Where(l => l.Contains("comments ", StringComparison.Ordinal) && !IsServer(l)),
            l => Assert.StartsWith("disclosure comments ", l, StringComparison.Ordinal));

        foreach (var line in lines)
        {
            if (line.StartsWith("disclosure ", StringComparison.Ordinal))
            {
                Assert.True(File.Exists(Path.Combine(GlobalTools, "disclosure")), $"`{line}` comes before the README installs `disclosure`");
            }
            if (IsServer(line))
            {
                await RunServerAsync(line);
            }
            else if (line.Contains("--store-kind postgres", StringComparison.Ordinal) && TestPostgresConnection() is null)
            {
                // Without a test PostgreSQL (outside CI) the PostgreSQL line cannot be run; in CI there always is one.
                Assert.False(string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase), "CI has no test PostgreSQL");
            }
            else
            {
                await RunToEndAsync(line);
            }
        }
        Assert.Equal(3, _receipts.Count);
    }

    private static string PeriodData => Path.Combine(RepositoryPaths.Root, "output", "data", "comment-periods.json");

    private async Task RunToEndAsync(string line)
    {
        if (line.Contains(" build", StringComparison.Ordinal))
        {
            // So that the file found afterwards is this build's, not one left from an earlier build. On a fresh
            // clone there is no output/data yet, and File.Delete throws for a missing folder.
            if (File.Exists(PeriodData))
            {
                File.Delete(PeriodData);
            }
        }
        using var process = Start(line);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // Packing the command compiles it ahead for linux-x64: a minute or two on a busy machine.
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        await process.WaitForExitAsync(limit.Token);
        var output = await stdout + await stderr;
        Assert.True(process.ExitCode == 0, $"`{line}` exited with {process.ExitCode}:\n{output}");
        Assert.DoesNotContain("   at ", output);
        if (line.Contains("comments export", StringComparison.Ordinal))
        {
            // The opinions the README's servers took are there (the preview's went to its own store).
            Assert.All(_receipts.Where(r => !r.FromPreview), r => Assert.Contains(r.Receipt, output));
        }
        if (line.Contains(" build", StringComparison.Ordinal))
        {
            Assert.True(File.Exists(PeriodData), output);
        }
        if (line.StartsWith("disclosure --version", StringComparison.Ordinal))
        {
            // The command the lines run is the one just packed from this checkout, not one installed before.
            var commit = (await ChildProcess.SucceedAsync("git", ["rev-parse", "HEAD"], RepositoryPaths.Root)).Trim();
            Assert.Matches($@"^1\.0\.[0-9]+\+{commit}$", output.Trim());
        }
    }

    /// <summary>Starts a server line, waits until it takes opinions, sends one as the form on the site would, and stops it.</summary>
    private async Task RunServerAsync(string line)
    {
        using var process = Start(line);
        var output = new ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { output.Enqueue(e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { output.Enqueue(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            Uri endpoint, formPage;
            var fromPreview = line.Contains(" serve --comments", StringComparison.Ordinal);
            if (fromPreview)
            {
                Match Announced(Regex pattern) => output.Select(l => pattern.Match(l)).FirstOrDefault(m => m.Success) ?? Match.Empty;
                await WaitForAsync(process, output, () => Task.FromResult(Announced(PreviewComments()).Success && Announced(PreviewSite()).Success));
                endpoint = new Uri(Announced(PreviewComments()).Groups[1].Value + "/");
                formPage = new Uri(Announced(PreviewSite()).Groups[1].Value);
            }
            else
            {
                endpoint = new Uri(Urls().Match(line).Groups[1].Value + "/");
                await WaitForAsync(process, output, () => Healthy(endpoint));
                formPage = ExampleBaseUrl();
            }
            using var client = new HttpClient { BaseAddress = endpoint };
            using var request = new HttpRequestMessage(HttpMethod.Post, $"periods/{OpenPeriod}/comments")
            {
                Content = new StringContent($$"""{"opinion":"README のとおりに起動したサーバーへの意見です。","agree":"yes"}""", Encoding.UTF8, "application/json"),
            };
            request.Headers.Accept.ParseAdd("application/json");
            request.Headers.TryAddWithoutValidation("Origin", formPage.GetLeftPart(UriPartial.Authority));
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.Created, $"`{line}`: {(int)response.StatusCode} {body}\n{string.Join('\n', output)}");
            _receipts.Add((ReceiptIn().Match(body).Groups[1].Value, fromPreview));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static Task WaitForAsync(Process process, ConcurrentQueue<string> output, Func<Task<bool>> ready) =>
        Poll.UntilAsync(async () =>
        {
            Assert.False(process.HasExited, $"the server stopped:\n{string.Join('\n', output)}");
            return await ready();
        }, TimeSpan.FromMinutes(2), () => $"not ready within 2 minutes:\n{string.Join('\n', output)}");

    private static async Task<bool> Healthy(Uri endpoint)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        try
        {
            return (await client.GetAsync(new Uri(endpoint, "health"))).IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    /// <summary>The line as a shell runs it, from the repository root, with no setting of the developer's shell and default stores in a folder of the test's own.</summary>
    private Process Start(string line)
    {
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec " + line);
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("Comments__", StringComparison.OrdinalIgnoreCase) || k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }
        start.Environment["XDG_DATA_HOME"] = _data;
        start.Environment["PATH"] = GlobalTools + Path.PathSeparator + start.Environment["PATH"];
        if (line.StartsWith("dotnet tool ", StringComparison.Ordinal))
        {
            // Only the tool lines: NuGet takes its settings from the .NET home too, and a restore of the repository's
            // projects under another home would leave their obj/ pointing at settings that are gone after the test.
            start.Environment["DOTNET_CLI_HOME"] = DotnetHome;
        }
        if (TestPostgresConnection() is { } postgres)
        {
            start.Environment["Comments__PostgresConnectionString"] = postgres;
        }
        return Process.Start(start)!;
    }

    private static string? TestPostgresConnection() => Environment.GetEnvironmentVariable("DISCLOSURE_TEST_POSTGRES") is { Length: > 0 } value ? value : null;

    private static bool IsServer(string line) =>
        line.Contains("src/Disclosure.Comments --", StringComparison.Ordinal) || line.Contains(" serve-comments", StringComparison.Ordinal)
        || line.Contains(" serve --comments", StringComparison.Ordinal);

    private static Uri ExampleBaseUrl() => new(File.ReadLines(Path.Combine(RepositoryPaths.Content, "site.yml"))
        .First(l => l.StartsWith("base_url:", StringComparison.Ordinal))["base_url:".Length..].Trim().Trim('"'));

    /// <summary>Every line of every <c>sh</c> block, comments after <c>#</c> kept as the shell would read them; <c>tests/run.sh</c> left out.</summary>
    private static IEnumerable<string> CommandLines() =>
        ShBlock().Matches(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")))
            .SelectMany(m => m.Groups[1].Value.Split('\n'))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("tests/run.sh", StringComparison.Ordinal));

    public void Dispose()
    {
        var backup = Path.Combine(RepositoryPaths.Root, "comments-backup.db");
        if (File.Exists(backup))
        {
            File.Delete(backup);
        }
        Directory.Delete(_data, recursive: true);
    }

    [GeneratedRegex("```sh\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ShBlock();

    [GeneratedRegex(@"--urls (http://[^\s]+)")]
    private static partial Regex Urls();

    [GeneratedRegex(@"意見受付（試用）: (http://[^\s]+)")]
    private static partial Regex PreviewComments();

    [GeneratedRegex(@"プレビュー: (http://[^\s]+)")]
    private static partial Regex PreviewSite();

    [GeneratedRegex("\"receipt\":\"([^\"]+)\"")]
    private static partial Regex ReceiptIn();
}
