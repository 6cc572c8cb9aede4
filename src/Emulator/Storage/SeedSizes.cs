namespace Runbook.Emulator.Storage;

/// <summary>
/// How many records of each kind a seed holds. Salesforce and Intacct use the same numbers so that the synced
/// transactions in an org match the documents in the company (INV-0000001 on both sides).
/// </summary>
internal sealed record SeedSizes(int Customers, int Invoices, int Contracts)
{
    public static SeedSizes For(int records) =>
        new(Math.Clamp(records / 10, 10, 5000), (records + 1) / 2, records / 2);

    public static string CustomerId(long number) => $"C-{number:D4}";

    public static string InvoiceNumber(long number) => $"INV-{number:D7}";

    public static string ContractNumber(long number) => $"CON-{number:D7}";
}
