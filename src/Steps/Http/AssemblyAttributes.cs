using System.Runtime.CompilerServices;

// The tests reach the clients' HttpClient and request builders directly to prove that the read-only
// guards hold even when someone bypasses the public read methods.
[assembly: InternalsVisibleTo("Runbook.Steps.Tests")]
