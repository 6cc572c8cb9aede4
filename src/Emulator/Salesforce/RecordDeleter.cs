using Microsoft.Data.Sqlite;
using Runbook.Emulator.Hosting;
using Runbook.Emulator.Storage;

namespace Runbook.Emulator.Salesforce;

/// <summary>
/// Deletes records one id at a time inside the caller's write transaction, with prepared statements so that a bulk
/// job of a million ids runs at SQLite speed. A soft delete moves the row to the recycle bin (deleted = 1), a hard
/// delete marks it purged (deleted = 2); both answer ENTITY_IS_DELETED when asked again.
/// </summary>
internal sealed class RecordDeleter : IDisposable
{
    private readonly OrgRecord _org;
    private readonly FaultInjector _faults;
    private readonly SqliteCommand _delete;
    private readonly SqliteCommand _state;

    public RecordDeleter(SqliteConnection connection, OrgRecord org, bool hard, FaultInjector faults, long now)
    {
        _org = org;
        _faults = faults;
        _delete = connection.Command(
            """
            UPDATE records SET deleted = $mark, modified = $now
            WHERE seq = $seq AND org_no = $org AND object_no = $object AND deleted = 0
            """,
            ("$mark", hard ? 2 : 1),
            ("$now", now),
            ("$seq", 0L),
            ("$org", org.OrgNo),
            ("$object", 0));
        _state = connection.Command(
            "SELECT deleted FROM records WHERE seq = $seq AND org_no = $org AND object_no = $object",
            ("$seq", 0L),
            ("$org", org.OrgNo),
            ("$object", 0));
        _delete.Prepare();
        _state.Prepare();
    }

    /// <param name="id">The id as the client sent it.</param>
    /// <param name="onlyObject">For a bulk job: the job's object; ids of other objects fail.</param>
    public DeleteOutcome Delete(string id, RecordObject? onlyObject = null)
    {
        if (!SalesforceId.TryParse(id, out var parsed))
        {
            return new DeleteOutcome(id, "MALFORMED_ID", $"malformed id {id}");
        }

        var type = RecordObjects.FindByPrefix(parsed.KeyPrefix);
        if (type is null || parsed.OrgCode != _org.IdCode || (onlyObject is not null && type != onlyObject))
        {
            return new DeleteOutcome(id, "INVALID_CROSS_REFERENCE_KEY", "invalid cross reference id");
        }

        _state.Parameters["$seq"].Value = parsed.Sequence;
        _state.Parameters["$object"].Value = type.Number;
        var state = _state.ExecuteScalar();
        if (state is null)
        {
            return new DeleteOutcome(id, "INVALID_CROSS_REFERENCE_KEY", "invalid cross reference id");
        }

        if (Convert.ToInt64(state, System.Globalization.CultureInfo.InvariantCulture) != 0)
        {
            return new DeleteOutcome(id, "ENTITY_IS_DELETED", "entity is deleted");
        }

        if (_faults.FailRecord())
        {
            return new DeleteOutcome(
                id,
                "UNABLE_TO_LOCK_ROW",
                "unable to obtain exclusive access to this record or 1 records: " + id);
        }

        _delete.Parameters["$seq"].Value = parsed.Sequence;
        _delete.Parameters["$object"].Value = type.Number;
        _delete.ExecuteNonQuery();
        return new DeleteOutcome(id, null, null);
    }

    public void Dispose()
    {
        _delete.Dispose();
        _state.Dispose();
    }
}
