using System.Collections.Frozen;
using System.Xml.Linq;

namespace Runbook.Steps.Intacct;

/// <summary>Builds the functions the clients send, and names the ones that only read.</summary>
internal static class IntacctFunctions
{
    public const string GetApiSession = "getAPISession";

    /// <summary>The functions a reader may send; all of them leave the company unchanged.</summary>
    public static FrozenSet<string> ReadOnly { get; } =
        new[] { GetApiSession, "readByQuery", "readMore", "read", "readByName" }.ToFrozenSet(StringComparer.Ordinal);

    public static IntacctFunction ApiSession(string? locationId) =>
        new(locationId is null
            ? new XElement(GetApiSession)
            : new XElement(GetApiSession, new XElement("locationid", locationId)));

    public static IntacctFunction ReadByQuery(string objectName, string fields, string query, int pageSize) =>
        new(new XElement(
            "readByQuery",
            new XElement("object", objectName),
            new XElement("fields", fields),
            new XElement("query", query),
            new XElement("pagesize", pageSize)));

    public static IntacctFunction ReadMore(string resultId) =>
        new(new XElement("readMore", new XElement("resultId", resultId)));

    public static IntacctFunction Read(string objectName, string keys, string fields) =>
        new(new XElement(
            "read",
            new XElement("object", objectName),
            new XElement("keys", keys),
            new XElement("fields", fields)));

    public static IntacctFunction ReadByName(string objectName, string names, string fields) =>
        new(new XElement(
            "readByName",
            new XElement("object", objectName),
            new XElement("keys", names),
            new XElement("fields", fields)));
}
