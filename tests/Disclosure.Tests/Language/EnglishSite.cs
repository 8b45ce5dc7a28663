using Disclosure.Pipeline;
using Disclosure.Tests.Support;

namespace Disclosure.Tests.Language;

/// <summary>
/// A site with <c>language: en</c> whose content is written in English throughout, built once on 2026-11-30: so any
/// Japanese left on its pages comes from the interface, not from the content. It has an open, an upcoming and a
/// closed comment period (with a result), a withdrawn assessment, a schedule, a meeting, news (one expired),
/// tags, an attachment and the about, privacy and accessibility pages.
/// </summary>
public sealed class EnglishSite : IAsyncLifetime
{
    public static readonly DateOnly Today = new(2026, 11, 30);

    public const string SiteYml = """
        title: Test City Privacy Impact Assessments
        organization: Test City
        base_url: https://city.example/pia/
        language: en
        comment_endpoint: http://127.0.0.1:5080
        contact:
          department: Information Office
          phone: "03-0000-0000"
          email: pia@city.example
          address: 1-1 Central, Test City
        """;

    private static readonly (string Path, string Text)[] Files =
    [
        ("assessments/health-insurance/index.md", """
            ---
            title: Health insurance full assessment
            kind: full
            department: Health Insurance Division
            system: Health insurance system
            affairs: Health insurance affairs
            target_count: 95000
            handlers_count: 120
            status: published
            date: 2024-08-06
            reviewed: 2026-06-01
            updated: 2026-10-20
            version: "1.1"
            tags:
              - insurance
            schedule: health-insurance
            comment_period: health-insurance-comments
            attachments:
              - title: List of changes
                file: changes.txt
            ---
            How the city protects the personal information it holds for health insurance.

            ## Basic information

            The city runs health insurance for its residents.

            ## Risks

            Each risk and what is done about it.
            """),
        ("assessments/health-insurance/changes.txt", "Two sections were reworded.\n"),
        ("assessments/resident-register.md", """
            ---
            title: Resident register basic assessment
            kind: basic
            department: Citizens Division
            system: Resident register system
            affairs: Resident register affairs
            status: withdrawn
            date: 2016-01-15
            tags:
              - insurance
            comment_period: resident-register-comments
            ---
            The resident register assessment, withdrawn.
            """),
        ("assessments/health-insurance-basic.md", """
            ---
            title: Health insurance basic assessment
            kind: basic
            department: Health Insurance Division
            system: Health insurance system
            affairs: Health insurance affairs
            target_count: 95000
            handlers_count: 120
            status: draft
            date: 2026-11-20
            ---
            Published together with the full assessment.
            """),
        ("assessments/local-tax.md", """
            ---
            title: Local tax focused assessment
            kind: focused
            department: Tax Division
            system: Tax system
            affairs: Local tax affairs
            target_count: 900
            ended: 2026-11-25
            status: consultation
            date: 2026-11-20
            comment_period: local-tax-comments
            ---
            The local tax assessment.
            """),
        ("schedules/health-insurance.yml", """
            title: Schedule of the health insurance assessment
            assessment: health-insurance
            steps:
              - title: Third-party review of the first version
                date: 2024-07-01
                type: third_party_review
                note: Reviewed by the committee.
              - title: Public consultation
                start: 2026-11-01
                end: 2027-03-31
                link: health-insurance-comments
              - title: Third-party review of the revision
                date: 2027-05-01
                link: review-meeting
            """),
        ("comment-periods/health-insurance-comments.yml", """
            title: Comments on the health insurance assessment
            assessment: health-insurance
            opens: 2026-11-01
            closes: 2027-03-31
            required_fields: [name]
            how_to_submit: |
              Send your comments by post.
            """),
        ("comment-periods/local-tax-comments.yml", """
            title: Comments on the local tax assessment
            assessment: local-tax
            opens: 2026-12-10
            closes: 2027-01-10
            how_to_submit: |
              Send your comments by post.
            """),
        ("comment-periods/resident-register-comments.yml", """
            title: Comments on the resident register assessment
            assessment: resident-register
            opens: 2015-12-01
            closes: 2015-12-31
            how_to_submit: |
              Send your comments by post.
            result:
              published: 2016-01-10
              count: 1
              summary: |
                One comment was received.
              responses:
                - opinion: Please explain the retention period.
                  response: The retention period has been added.
            """),
        ("meetings/review-meeting.md", """
            ---
            title: Subcommittee meeting 4
            date: 2015-08-06
            place: City Hall, Room 3
            attendees:
              - Chair
              - Members
            agenda:
              - Review of the assessment
            ---
            The subcommittee reviewed the [health insurance assessment](/assessments/health-insurance/).
            """),
        ("news/comments-invited.md", """
            ---
            title: Comments invited on the health insurance assessment
            date: 2026-11-01
            ---
            See [the consultation](/comment-periods/health-insurance-comments/).
            """),
        ("news/old-notice.md", """
            ---
            title: An old notice
            date: 2015-01-01
            expires_at: 2020-01-01
            ---
            This notice has been taken off the lists.
            """),
        ("pages/about.md", "---\ntitle: About this site\n---\nWhat this site publishes.\n"),
        ("pages/privacy.md", "---\ntitle: Privacy notice\n---\nHow comments are handled.\n"),
        ("pages/accessibility.md", "---\ntitle: Accessibility policy\n---\nThe site aims at WCAG 2.2 AA.\n"),
    ];

    private TempSite? _site;
    private BuildResult? _result;

    public TempSite Site => _site ?? throw new InvalidOperationException("Not built.");

    public BuildResult Result => _result ?? throw new InvalidOperationException("Not built.");

    public AngleSharp.Dom.IDocument Page(string relativePath) => HtmlPage.Load(Site.OutputPath(relativePath));

    /// <summary>Every HTML page written, by its path below the output folder.</summary>
    public IEnumerable<string> Pages() => Directory.EnumerateFiles(Site.OutputDirectory, "*.html", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(Site.OutputDirectory, f).Replace('\\', '/'))
        .Order(StringComparer.Ordinal);

    public async Task InitializeAsync()
    {
        _site = TempSite.With(SiteYml, Files);
        _result = await _site.BuildAsync(Today);
    }

    public Task DisposeAsync()
    {
        _site?.Dispose();
        return Task.CompletedTask;
    }
}
