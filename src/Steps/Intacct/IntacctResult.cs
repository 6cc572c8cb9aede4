using System.Xml.Linq;

namespace Runbook.Steps.Intacct;

/// <summary>One successful function result.</summary>
/// <param name="Function">The function's name.</param>
/// <param name="ControlId">The function's control id.</param>
/// <param name="Data">The <c>data</c> element, when the function returns data.</param>
internal sealed record IntacctResult(string Function, string ControlId, XElement? Data);
