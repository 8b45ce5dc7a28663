using System.Diagnostics;
using Disclosure.Testing;
using Disclosure.Tests.History;
using YamlDotNet.RepresentationModel;

namespace Disclosure.Tests.Publication;

/// <summary>
/// The publish workflow runs every test before it deploys a change to the generator, and goes straight to check,
/// build and deploy for a push that changes only content/ (.github/scripts/tests-needed, run on a real repository).
/// </summary>
public sealed class PublishWorkflowTests : IDisposable
{
    private static readonly string Script = Path.Combine(RepositoryPaths.Root, ".github", "scripts", "tests-needed");
    private readonly string _repository = Directory.CreateTempSubdirectory("disclosure-workflow-").FullName;

    public PublishWorkflowTests()
    {
        GitRepository.Init(_repository);
        Write("content/news/a.md", "お知らせ\n");
        Write("src/Program.cs", "// code\n");
        GitRepository.CommitAll(_repository, "first");
    }

    [Fact]
    public void A_push_of_content_only_skips_the_tests()
    {
        var before = Head();
        Write("content/news/a.md", "お知らせ（改）\n");
        Write("content/news/b.md", "新しいお知らせ\n");
        GitRepository.CommitAll(_repository, "content");

        Assert.Equal("false", TestsNeeded("push", before, Head()));
    }

    [Theory]
    [InlineData("src/Program.cs")]
    [InlineData("themes/default/templates/_Layout.cshtml")]
    [InlineData("tests/run.sh")]
    [InlineData(".github/workflows/publish.yml")]
    [InlineData("contentious.md")]
    public void A_push_that_also_changes_anything_outside_content_runs_every_test(string path)
    {
        var before = Head();
        Write("content/news/a.md", "お知らせ（改）\n");
        Write(path, "changed\n");
        GitRepository.CommitAll(_repository, "mixed");

        Assert.Equal("true", TestsNeeded("push", before, Head()));
    }

    [Theory]
    [InlineData("push", "0000000000000000000000000000000000000000", "true")] // a new branch: nothing to compare with
    [InlineData("push", "1234567890abcdef1234567890abcdef12345678", "true")] // history rewritten: the old head is gone
    [InlineData("workflow_dispatch", "", "true")]
    [InlineData("schedule", "", "false")] // the daily rebuild publishes what was tested when pushed
    public void Other_events_and_unknown_history(string eventName, string before, string expected)
    {
        Assert.Equal(expected, TestsNeeded(eventName, before, Head()));
    }

    [Fact]
    public void The_workflow_runs_the_tests_only_when_the_script_says_so_and_always_checks_and_builds()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(RepositoryPaths.Root, ".github", "workflows", "publish.yml"))));
        var jobs = (YamlMappingNode)((YamlMappingNode)stream.Documents[0].RootNode)["jobs"];
        var steps = ((YamlSequenceNode)((YamlMappingNode)jobs["check-test-build"])["steps"]).Cast<YamlMappingNode>().ToList();
        string? Field(YamlMappingNode step, string key) => step.Children.TryGetValue(key, out var value) ? ((YamlScalarNode)value).Value : null;

        var scope = Assert.Single(steps, s => Field(s, "id") == "scope");
        Assert.Contains(".github/scripts/tests-needed", Field(scope, "run"));
        var tests = Assert.Single(steps, s => Field(s, "run") == "tests/run.sh");
        Assert.Equal("steps.scope.outputs.tests == 'true'", Field(tests, "if"));
        Assert.True(steps.IndexOf(scope) < steps.IndexOf(tests));
        Assert.All(steps.Where(s => Field(s, "run")?.Contains("-- check", StringComparison.Ordinal) == true || Field(s, "run")?.Contains("-- build", StringComparison.Ordinal) == true),
            s => Assert.Null(Field(s, "if")));
    }

    private string TestsNeeded(string eventName, string before, string after)
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = _repository, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Script, eventName, before, after })
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, error);
        return output.Trim();
    }

    private string Head()
    {
        var start = new ProcessStartInfo("git", "rev-parse HEAD") { WorkingDirectory = _repository, RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        var head = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return head;
    }

    private void Write(string relativePath, string text)
    {
        var path = Path.Combine(_repository, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void Dispose() => Directory.Delete(_repository, recursive: true);
}
