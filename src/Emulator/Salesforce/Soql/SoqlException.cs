namespace Runbook.Emulator.Salesforce.Soql;

/// <summary>A query Salesforce would refuse, with the error code and message it would answer with.</summary>
internal sealed class SoqlException(string errorCode, string message) : Exception(message)
{
    public string ErrorCode { get; } = errorCode;

    /// <summary>
    /// Salesforce repeats the statement, points a caret at the offending column and then states the problem.
    /// </summary>
    public static SoqlException At(string errorCode, string soql, int position, string problem)
    {
        var line = 1;
        var column = 1;
        var lineStart = 0;
        for (var i = 0; i < position && i < soql.Length; i++)
        {
            if (soql[i] == '\n')
            {
                line++;
                column = 1;
                lineStart = i + 1;
            }
            else
            {
                column++;
            }
        }

        var lineEnd = soql.IndexOf('\n', lineStart);
        var statementLine = lineEnd < 0 ? soql[lineStart..] : soql[lineStart..lineEnd];
        var caret = new string(' ', column - 1) + "^";
        return new SoqlException(
            errorCode,
            $"\n{statementLine}\n{caret}\nERROR at Row:{line}:Column:{column}\n{problem}");
    }
}
