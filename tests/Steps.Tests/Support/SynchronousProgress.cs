namespace Runbook.Steps.Tests.Support;

/// <summary>Reports on the caller's thread, unlike Progress&lt;T&gt;, so that tests see every report at once.</summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
