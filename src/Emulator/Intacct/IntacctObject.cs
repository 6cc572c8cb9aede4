using System.Globalization;
using Runbook.Emulator.Storage;

namespace Runbook.Emulator.Intacct;

/// <summary>
/// An Intacct object whose records are computed from their number instead of stored: the emulator only reads
/// Intacct, so a company of a million documents costs nothing to seed. Record n of SODOCUMENT is INV-n, the
/// invoice that the org's ia_crm__Sales_Invoice__c n was synced from.
/// </summary>
internal sealed record IntacctObject(
    string Name,
    IReadOnlyList<string> Fields,
    Func<SeedSizes, long> Count,
    Func<long, SeedSizes, string, string> Value)
{
    public static readonly IReadOnlyList<IntacctObject> All =
    [
        new(
            "CUSTOMER",
            ["RECORDNO", "CUSTOMERID", "NAME", "STATUS", "CURRENCY", "WHENCREATED", "WHENMODIFIED"],
            sizes => sizes.Customers,
            (n, _, field) => field switch
            {
                "RECORDNO" => Number(n),
                "CUSTOMERID" => SeedSizes.CustomerId(n),
                "NAME" => $"Acme Customer {n:D4}",
                "STATUS" => "active",
                "CURRENCY" => "USD",
                _ => "01/15/2024",
            }),
        new(
            "SODOCUMENT",
            [
                "RECORDNO", "DOCNO", "DOCID", "DOCPARID", "CUSTVENDID", "CUSTVENDNAME", "STATE", "CURRENCY", "TOTAL",
                "WHENCREATED",
            ],
            sizes => sizes.Invoices,
            (n, sizes, field) => field switch
            {
                "RECORDNO" => Number(n),
                "DOCNO" => SeedSizes.InvoiceNumber(n),
                "DOCID" => "Sales Invoice-" + SeedSizes.InvoiceNumber(n),
                "DOCPARID" => "Sales Invoice",
                "CUSTVENDID" => SeedSizes.CustomerId(CustomerOf(n, sizes)),
                "CUSTVENDNAME" => $"Acme Customer {CustomerOf(n, sizes):D4}",
                "STATE" => "Posted",
                "CURRENCY" => "USD",
                "TOTAL" => (100 + n * 37 % 5000 + 0.25m).ToString("0.00", CultureInfo.InvariantCulture),
                _ => "02/01/2024",
            }),
        new(
            "CONTRACT",
            ["RECORDNO", "CONTRACTID", "NAME", "CUSTOMERID", "STATE", "CURRENCY", "BEGINDATE", "ENDDATE"],
            sizes => sizes.Contracts,
            (n, sizes, field) => field switch
            {
                "RECORDNO" => Number(n),
                "CONTRACTID" => SeedSizes.ContractNumber(n),
                "NAME" => "Contract " + SeedSizes.ContractNumber(n),
                "CUSTOMERID" => SeedSizes.CustomerId(CustomerOf(n, sizes)),
                "STATE" => "In progress",
                "CURRENCY" => "USD",
                "BEGINDATE" => "01/01/2024",
                _ => "12/31/2024",
            }),
    ];

    public static IntacctObject? Find(string name) =>
        All.FirstOrDefault(o => string.Equals(o.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));

    public string? FindField(string name) =>
        Fields.FirstOrDefault(f => string.Equals(f, name.Trim(), StringComparison.OrdinalIgnoreCase));

    private static long CustomerOf(long n, SeedSizes sizes) => (n - 1) % sizes.Customers + 1;

    private static string Number(long n) => n.ToString(CultureInfo.InvariantCulture);
}
