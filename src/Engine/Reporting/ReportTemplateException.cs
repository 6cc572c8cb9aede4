namespace Runbook.Engine.Reporting;

/// <summary>A report template does not parse, or failed while rendering; the message says where and why.</summary>
public sealed class ReportTemplateException : Exception
{
    /// <summary>Creates the exception with a message for people.</summary>
    public ReportTemplateException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message for people and the cause.</summary>
    public ReportTemplateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
