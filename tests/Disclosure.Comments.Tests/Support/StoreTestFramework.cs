using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestFramework("Disclosure.Comments.Tests.Support.StoreTestFramework", "Disclosure.Comments.Tests")]

namespace Disclosure.Comments.Tests.Support;

/// <summary>A test class that needs the test PostgreSQL (<see cref="TestPostgres"/>).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RequiresPostgresAttribute : Attribute;

/// <summary>
/// xunit as usual, except that the tests of a <see cref="RequiresPostgresAttribute"/> class are reported skipped, with
/// the reason, when no test PostgreSQL is configured outside CI (<see cref="TestPostgres.SkipReason"/>). In CI they are
/// never skipped: without a PostgreSQL they fail, saying why.
/// </summary>
public sealed class StoreTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    protected override ITestFrameworkDiscoverer CreateDiscoverer(IAssemblyInfo assemblyInfo) =>
        new Discoverer(assemblyInfo, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Discoverer(IAssemblyInfo assembly, ISourceInformationProvider sources, IMessageSink diagnostics)
        : XunitTestFrameworkDiscoverer(assembly, sources, diagnostics)
    {
        protected override bool FindTestsForMethod(ITestMethod testMethod, bool includeSourceInformation, IMessageBus messageBus, ITestFrameworkDiscoveryOptions discoveryOptions)
        {
            if (TestPostgres.SkipReason is not { } reason
                || !testMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresPostgresAttribute)).Any()
                || !testMethod.Method.GetCustomAttributes(typeof(FactAttribute)).Any())
            {
                return base.FindTestsForMethod(testMethod, includeSourceInformation, messageBus, discoveryOptions);
            }
            var skipped = new XunitSkippedDataRowTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(),
                discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason);
            return ReportDiscoveredTestCase(skipped, includeSourceInformation, messageBus);
        }
    }
}
