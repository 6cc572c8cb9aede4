using System.Globalization;
using Runbook.Emulator.Storage;

namespace Runbook.Emulator.Salesforce.Soql;

/// <summary>Checks a parsed statement against the catalog and turns it into SQL with bound parameters.</summary>
internal sealed class SoqlTranslator
{
    private readonly SoqlQuery _query;
    private readonly OrgRecord _org;
    private readonly List<(string Name, object? Value)> _parameters = [];
    private SObjectDefinition _object = null!;

    private SoqlTranslator(SoqlQuery query, OrgRecord org)
    {
        _query = query;
        _org = org;
    }

    public static SoqlTranslation Translate(SoqlQuery query, bool tooling, OrgRecord org) =>
        new SoqlTranslator(query, org).Translate(tooling);

    private SoqlTranslation Translate(bool tooling)
    {
        _object = SObjectCatalog.Find(_query.Object.Text, tooling) ?? throw SoqlException.At(
            "INVALID_TYPE",
            _query.Text,
            _query.Object.Position,
            $"sObject type '{_query.Object.Text}' is not supported. If you are attempting to use a custom object, "
            + "be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call "
            + "for the appropriate names.");

        var fields = _query.Fields.Select(ResolveField).ToList();
        var where = _query.Where is null ? "1" : TranslateCondition(_query.Where);

        var order = new List<string>();
        foreach (var item in _query.OrderBy)
        {
            var field = ResolveField(item.Field);
            var nulls = item.NullsFirst switch
            {
                true => " NULLS FIRST",
                false => " NULLS LAST",
                null => "",
            };
            order.Add($"{field.Sql} {(item.Descending ? "DESC" : "ASC")}{nulls}");
        }

        // The row key breaks ties so that pages never overlap or skip rows with equal sort values.
        order.Add($"{_object.KeySql} ASC");
        var usesKeyset = _query.OrderBy.Count == 0 && (_query.Offset ?? 0) == 0;

        return new SoqlTranslation(
            _object,
            _query.IsCount,
            fields,
            where,
            _parameters,
            string.Join(", ", order),
            usesKeyset,
            _query.Limit,
            _query.Offset ?? 0);
    }

    private SObjectField ResolveField(SoqlToken token) => _object.FindField(token.Text) ?? throw SoqlException.At(
        "INVALID_FIELD",
        _query.Text,
        token.Position,
        $"No such column '{token.Text}' on entity '{_object.Name}'. If you are attempting to use a custom field, "
        + "be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe "
        + "call for the appropriate names.");

    private string TranslateCondition(SoqlCondition condition) => condition switch
    {
        SoqlLogical logical =>
            "(" + string.Join(logical.IsAnd ? " AND " : " OR ", logical.Operands.Select(TranslateCondition)) + ")",
        SoqlNot not => $"(NOT {TranslateCondition(not.Operand)})",
        SoqlInCondition inCondition => TranslateIn(inCondition),
        SoqlComparison comparison => TranslateComparison(comparison),
        _ => throw new InvalidOperationException("Unknown condition node."),
    };

    private string TranslateIn(SoqlInCondition condition)
    {
        var field = ResolveField(condition.Field);
        var names = condition.Values.Select(value => Bind(Convert(field, value))).ToList();
        var column = Column(field);
        var list = string.Join(", ", names.Select(name => Operand(field, name)));
        var collate = IsText(field) ? " COLLATE NOCASE" : "";

        // SOQL treats null as an ordinary value: NOT IN keeps rows whose field is empty.
        return condition.Negated
            ? $"({column} IS NULL OR {column}{collate} NOT IN ({list}))"
            : $"({column}{collate} IN ({list}))";
    }

    private string TranslateComparison(SoqlComparison comparison)
    {
        var field = ResolveField(comparison.Field);
        var column = Column(field);
        if (comparison.Operator.IsKeyword("like"))
        {
            if (field.Type != SoqlFieldType.String || comparison.Value.Token.Kind != SoqlTokenKind.String)
            {
                throw FilterError(comparison.Field, $"invalid operator on field '{field.Name}'");
            }

            return $"({column} LIKE {Bind(comparison.Value.Token.Value)} ESCAPE '\\')";
        }

        if (comparison.Value.IsNull)
        {
            return comparison.Operator.Kind switch
            {
                SoqlTokenKind.Equals => $"({column} IS NULL)",
                SoqlTokenKind.NotEquals => $"({column} IS NOT NULL)",
                _ => throw FilterError(comparison.Field, "invalid operator on null value"),
            };
        }

        var operand = Operand(field, Bind(Convert(field, comparison.Value)));
        var collate = IsText(field) ? " COLLATE NOCASE" : "";
        return comparison.Operator.Kind switch
        {
            SoqlTokenKind.Equals => $"({column} = {operand}{collate})",
            SoqlTokenKind.NotEquals => $"({column} IS NOT {operand}{collate})",
            SoqlTokenKind.Less => $"({column} < {operand}{collate})",
            SoqlTokenKind.LessOrEqual => $"({column} <= {operand}{collate})",
            SoqlTokenKind.Greater => $"({column} > {operand}{collate})",
            _ => $"({column} >= {operand}{collate})",
        };
    }

    private static bool IsText(SObjectField field) => field.Type is SoqlFieldType.String or SoqlFieldType.StoredId;

    // Ids stored as text compare on their 15-character case-sensitive body, as Salesforce compares 15 and 18.
    private static string Column(SObjectField field) =>
        field.Type == SoqlFieldType.StoredId ? $"substr({field.Sql}, 1, 15)" : field.Sql;

    private static string Operand(SObjectField field, string parameter) =>
        field.Type == SoqlFieldType.StoredId ? $"substr({parameter}, 1, 15)" : parameter;

    private object? Convert(SObjectField field, SoqlLiteral literal)
    {
        var token = literal.Token;
        if (literal.IsNull)
        {
            return null;
        }

        switch (field.Type)
        {
            case SoqlFieldType.Id or SoqlFieldType.Reference:
                RequireKind(field, token, SoqlTokenKind.String, "id", quoted: true);
                if (!SalesforceId.TryParse(token.Value, out var id))
                {
                    throw FilterError(token, $"invalid ID field: {token.Value}");
                }

                // An id of another object or org can be valid and still match nothing.
                var prefix = field.Type == SoqlFieldType.Id ? _object.KeyPrefix : field.ReferencePrefix;
                return id.KeyPrefix == prefix && id.OrgCode == _org.IdCode ? id.Sequence : -1L;

            case SoqlFieldType.String or SoqlFieldType.StoredId:
                RequireKind(field, token, SoqlTokenKind.String, "string", quoted: true);
                return token.Value;

            case SoqlFieldType.Boolean:
                if (!literal.IsBoolean)
                {
                    throw TypeError(field, token, "boolean", quoted: false);
                }

                return token.IsKeyword("true") ? 1L : 0L;

            case SoqlFieldType.Integer:
                RequireKind(field, token, SoqlTokenKind.Number, "double", quoted: false);
                return double.Parse(token.Text, CultureInfo.InvariantCulture);

            case SoqlFieldType.DateTime:
                RequireKind(field, token, SoqlTokenKind.DateTime, "dateTime", quoted: false);
                if (!DateTimeOffset.TryParse(
                    token.Text,
                    CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal,
                    out var dateTime))
                {
                    throw FilterError(token, $"no viable alternative at character '{token.Text}'");
                }

                return dateTime.ToUnixTimeMilliseconds();

            default:
                RequireKind(field, token, SoqlTokenKind.Date, "date", quoted: false);
                return DateTimeOffset.Parse(token.Text + "T00:00:00Z", CultureInfo.InvariantCulture)
                    .ToUnixTimeMilliseconds();
        }
    }

    private void RequireKind(SObjectField field, SoqlToken token, SoqlTokenKind kind, string typeName, bool quoted)
    {
        if (token.Kind != kind)
        {
            throw TypeError(field, token, typeName, quoted);
        }
    }

    private SoqlException TypeError(SObjectField field, SoqlToken token, string typeName, bool quoted) => FilterError(
        token,
        $"value of filter criterion for field '{field.Name}' must be of type {typeName} and should "
        + (quoted ? "be enclosed in quotes" : "not be enclosed in quotes"));

    private SoqlException FilterError(SoqlToken token, string problem) =>
        SoqlException.At("INVALID_QUERY_FILTER_OPERATOR", _query.Text, token.Position, problem);

    private string Bind(object? value)
    {
        var name = "$p" + _parameters.Count.ToString(CultureInfo.InvariantCulture);
        _parameters.Add((name, value));
        return name;
    }
}
