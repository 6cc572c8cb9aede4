namespace Runbook.Emulator.Storage;

/// <summary>The data objects each emulated org holds, with their key prefixes (custom objects get a0B..a0F).</summary>
internal static class RecordObjects
{
    public static readonly RecordObject Account = new(1, "Account", "001");
    public static readonly RecordObject SalesInvoice = new(2, "ia_crm__Sales_Invoice__c", "a0B");
    public static readonly RecordObject Contract = new(3, "ia_crm__Contract__c", "a0C");
    public static readonly RecordObject ArTerm = new(4, "ia_crm__AR_Term__c", "a0D");
    public static readonly RecordObject Location = new(5, "ia_crm__Location__c", "a0E");
    public static readonly RecordObject IntacctEntity = new(6, "ia_crm__Intacct_Entity__c", "a0F");

    private static readonly RecordObject[] Objects = [Account, SalesInvoice, Contract, ArTerm, Location, IntacctEntity];

    public static readonly IReadOnlyList<RecordObject> All = Objects.AsReadOnly();

    public static RecordObject? FindByName(string name) =>
        All.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The object of an id's key prefix; a loop, as a collection delete asks once per id.</summary>
    public static RecordObject? FindByPrefix(string keyPrefix)
    {
        foreach (var type in Objects)
        {
            if (string.Equals(type.KeyPrefix, keyPrefix, StringComparison.Ordinal))
            {
                return type;
            }
        }

        return null;
    }
}
