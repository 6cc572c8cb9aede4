namespace Runbook.Emulator.Salesforce;

/// <summary>How a field's SQL value is compared and rendered as JSON.</summary>
internal enum SoqlFieldType
{
    /// <summary>A row sequence number rendered as an 18-character id with the object's key prefix.</summary>
    Id,

    /// <summary>A sequence number of another row, rendered with <see cref="SObjectField.ReferencePrefix"/>.</summary>
    Reference,

    /// <summary>An id stored as text (the org id).</summary>
    StoredId,

    String,
    Boolean,
    Integer,

    /// <summary>Unix milliseconds rendered as 2024-05-01T12:00:00.000+0000.</summary>
    DateTime,

    /// <summary>Unix milliseconds rendered as 2024-05-01.</summary>
    Date,
}
