using System.Xml.Linq;

namespace Runbook.Steps.Intacct;

/// <summary>One function of a request's <c>content</c>, such as a <c>readByQuery</c> element.</summary>
/// <param name="Body">The function element; its name is the function's name.</param>
internal sealed record IntacctFunction(XElement Body)
{
    public string Name => Body.Name.LocalName;
}
