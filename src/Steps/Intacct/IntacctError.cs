namespace Runbook.Steps.Intacct;

/// <summary>One <c>error</c> of an Intacct <c>errormessage</c>.</summary>
/// <param name="ErrorNumber">The <c>errorno</c>, such as <c>XL03000006</c> or <c>GW-0010</c>.</param>
/// <param name="Description">The short description.</param>
/// <param name="Description2">The longer description.</param>
/// <param name="Correction">What to do about it.</param>
public sealed record IntacctError(string ErrorNumber, string Description, string Description2, string Correction)
{
    /// <inheritdoc />
    public override string ToString() =>
        string.Join(" ", new[] { ErrorNumber, Description, Description2, Correction }.Where(s => s.Length > 0));
}
