using System.Xml.Linq;

namespace Runbook.Emulator.Intacct;

/// <summary>One error of an Intacct errormessage block.</summary>
internal sealed record IntacctError(string ErrorNo, string Description2, string Correction = "")
{
    public const string WrongSender = "XL03000006";
    public const string WrongCredentials = "XL03000006";
    public const string BadRequest = "XL03000003";
    public const string DuplicateControlId = "XL03000009";
    public const string QueryFailed = "DL02000001";

    public XElement ToXml() => new(
        "errormessage",
        new XElement(
            "error",
            new XElement("errorno", ErrorNo),
            new XElement("description", ""),
            new XElement("description2", Description2),
            new XElement("correction", Correction)));
}
