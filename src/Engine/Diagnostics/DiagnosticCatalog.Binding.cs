namespace Runbook.Engine.Diagnostics;

// RB2xxx: the runbook reads well but its names or types do not fit together.
public static partial class DiagnosticCatalog
{
    /// <summary>RB2001</summary>
    public static readonly DiagnosticDescriptor UnknownName = new(
        "RB2001", DiagnosticSeverity.Error, "Unknown name",
        "Unknown name '{0}'.{1}",
        "A bare name refers to a connection declared in the runbook. Params are written param.NAME and " +
        "step outputs steps.NAME.OUTPUT. Check the spelling or declare the connection.");

    /// <summary>RB2002</summary>
    public static readonly DiagnosticDescriptor DuplicateDeclaration = new(
        "RB2002", DiagnosticSeverity.Error, "Duplicate declaration",
        "'{0}' is already declared as a {1} on line {2}; give this {3} another name.",
        "Params, connections and steps share one set of names so that every reference is unambiguous. " +
        "Rename one of the two declarations.");

    /// <summary>RB2003</summary>
    public static readonly DiagnosticDescriptor UnknownParam = new(
        "RB2003", DiagnosticSeverity.Error, "Unknown param",
        "Unknown param '{0}'.{1}",
        "param.NAME refers to a 'param NAME: TYPE' declaration of the runbook. Check the spelling or add " +
        "the declaration.");

    /// <summary>RB2004</summary>
    public static readonly DiagnosticDescriptor UnknownStep = new(
        "RB2004", DiagnosticSeverity.Error, "Unknown step",
        "Unknown step '{0}'.{1}",
        "steps.NAME.OUTPUT refers to a step declared in the runbook. Check the spelling.");

    /// <summary>RB2005</summary>
    public static readonly DiagnosticDescriptor StepNotYetRun = new(
        "RB2005", DiagnosticSeverity.Error, "Step used before it runs",
        "Step '{0}' {1}, so its outputs are not known here; only steps written before '{2}' can be used.",
        "Steps run in the order they are written, so a step can use the outputs of the steps above it, and " +
        "the plan block can use every step's outputs. Move the step, or the reference, so the step that " +
        "produces the value comes first.");

    /// <summary>RB2006</summary>
    public static readonly DiagnosticDescriptor TypeMismatch = new(
        "RB2006", DiagnosticSeverity.Error, "Wrong type",
        "'{0}' must be {1}, but this value is {2}.",
        "The value does not have the type this place requires. Strings are written in quotes, integers " +
        "without, durations with a unit (90s, 15m, 6h, 2d), and lists in [ ].");

    /// <summary>RB2007</summary>
    public static readonly DiagnosticDescriptor ConditionNotBool = new(
        "RB2007", DiagnosticSeverity.Error, "Condition is not a bool",
        "The condition of '{0}' must be a bool, but this value is {1}.",
        "require and expect take a condition that is true or false, usually a comparison such as " +
        "'org_type(crm) == \"sandbox\"' or a function that returns a bool.");

    /// <summary>RB2008</summary>
    public static readonly DiagnosticDescriptor DefaultTypeMismatch = new(
        "RB2008", DiagnosticSeverity.Error, "Default of the wrong type",
        "The default of param '{0}' is {1}, but the param is declared as {2}.",
        "A param's default value must have the param's declared type, e.g. 'param limit: int = 250_000' or " +
        "'param objects: string[] = [\"A__c\", \"B__c\"]'.");

    /// <summary>RB2009</summary>
    public static readonly DiagnosticDescriptor UnknownType = new(
        "RB2009", DiagnosticSeverity.Error, "Unknown type",
        "Unknown type '{0}'; use string, int, bool or duration, with [] for a list.{1}",
        "A param's type is one of string, int, bool and duration, or a list of one of them written with " +
        "[] after it, such as string[].");

    /// <summary>RB2010</summary>
    public static readonly DiagnosticDescriptor OperatorTypeMismatch = new(
        "RB2010", DiagnosticSeverity.Error, "Operator does not apply",
        "Operator '{0}' cannot be applied to {1} and {2}.",
        "'and', 'or' and 'not' take bools. == and != compare two values of the same type. <, <=, > and >= " +
        "compare two integers or two durations.");

    /// <summary>RB2011</summary>
    public static readonly DiagnosticDescriptor DuplicateProperty = new(
        "RB2011", DiagnosticSeverity.Error, "Property set twice",
        "'{0}' is already set on line {1}; remove one of the two.",
        "Each property may be set once in a block. Remove the duplicate, or merge the two values.");

    /// <summary>RB2012</summary>
    public static readonly DiagnosticDescriptor UnknownProperty = new(
        "RB2012", DiagnosticSeverity.Error, "Unknown property",
        "Unknown property '{0}' for {1}.{2}",
        "Each block accepts a fixed set of properties. 'runbook steps KIND' lists the attributes of a step " +
        "or connection kind; 'runbook explain RB2012' lists the runbook's own properties: title, version, " +
        "description and owner; the plan block's: approvals, max_age and drift; and the attributes every " +
        "step accepts: when, timeout, retries and on_failure.");

    /// <summary>RB2013</summary>
    public static readonly DiagnosticDescriptor UnknownStepKind = new(
        "RB2013", DiagnosticSeverity.Error, "Unknown step kind",
        "Unknown step kind '{0}'.{1}",
        "The step kind names the plugin that plans and executes the step. 'runbook steps' lists the kinds " +
        "that are available, including those of plugins loaded with --plugin.");

    /// <summary>RB2014</summary>
    public static readonly DiagnosticDescriptor UnknownConnectionKind = new(
        "RB2014", DiagnosticSeverity.Error, "Unknown connection kind",
        "Unknown connection kind '{0}'.{1}",
        "The connection kind names the plugin that connects to a system, such as salesforce or intacct. " +
        "'runbook steps' lists the kinds that are available.");

    /// <summary>RB2015</summary>
    public static readonly DiagnosticDescriptor UnknownFunction = new(
        "RB2015", DiagnosticSeverity.Error, "Unknown function",
        "Unknown function '{0}'.{1}",
        "'runbook steps' lists the functions that are available, such as env, secret, org_type and " +
        "record_count.");

    /// <summary>RB2016</summary>
    public static readonly DiagnosticDescriptor InvalidMemberAccess = new(
        "RB2016", DiagnosticSeverity.Error, "Invalid member access",
        "{0}",
        "A dot reaches into a value that has members: param.NAME, steps.NAME.OUTPUT. Other values have no " +
        "members.");

    /// <summary>RB2017</summary>
    public static readonly DiagnosticDescriptor NotCallable = new(
        "RB2017", DiagnosticSeverity.Error, "Not a function",
        "Only a function can be called, as in org_type(crm); this is {0}.",
        "Parentheses after a name call a function. Write the function's name directly before the " +
        "parentheses.");

    /// <summary>RB2018</summary>
    public static readonly DiagnosticDescriptor DuplicatePlanBlock = new(
        "RB2018", DiagnosticSeverity.Error, "More than one plan block",
        "A runbook has at most one plan block; the first is on line {0}. Merge the two.",
        "All of the plan's properties and expectations go into one 'plan { }' block.");

    /// <summary>RB2019</summary>
    public static readonly DiagnosticDescriptor InvalidPropertyValue = new(
        "RB2019", DiagnosticSeverity.Error, "Invalid property value",
        "'{0}' {1}.",
        "The value has the right type but is outside what the property accepts; the message says what is " +
        "allowed.");

    /// <summary>RB2020</summary>
    public static readonly DiagnosticDescriptor MixedList = new(
        "RB2020", DiagnosticSeverity.Error, "Items of different types",
        "The items of a list must all have one type; this item is {0} but the first is {1}.",
        "A list holds values of one type, such as [\"A__c\", \"B__c\"] or [1, 2, 3].");

    /// <summary>RB2021</summary>
    public static readonly DiagnosticDescriptor StepOutputInRequire = new(
        "RB2021", DiagnosticSeverity.Error, "Step output in a require",
        "A require is checked before any step runs, so it cannot use steps.{0}; use params and functions, " +
        "or move the condition into the plan block as an 'expect'.",
        "Preconditions are proven against the live systems before any step plans. Conditions on what steps " +
        "would do belong in the plan block: 'plan { expect steps.NAME.OUTPUT <= 1000 }'.");

    /// <summary>RB2022</summary>
    public static readonly DiagnosticDescriptor DefaultNotLiteral = new(
        "RB2022", DiagnosticSeverity.Error, "Default is not a literal",
        "The default of param '{0}' must be written out as a literal value, not computed.",
        "A param's default is fixed when the runbook is written: a string, number, duration, true/false, or " +
        "a list of them. Use --param NAME=VALUE to give a different value when planning.");

    /// <summary>RB2023</summary>
    public static readonly DiagnosticDescriptor NotPrintable = new(
        "RB2023", DiagnosticSeverity.Error, "Value cannot be written into text",
        "{0} cannot be written into a string; interpolate a string, int, bool or duration.",
        "An interpolation ${...} turns a value into text. Strings, integers, bools and durations can be " +
        "written; a list or a connection cannot. Interpolate one item or one of its properties instead.");

    /// <summary>RB2024</summary>
    public static readonly DiagnosticDescriptor MissingRequiredProperty = new(
        "RB2024", DiagnosticSeverity.Error, "Missing required property",
        "{0} needs '{1}' ({2}).",
        "This block lacks a property it requires. 'runbook steps KIND' lists the attributes a kind " +
        "requires.");

    /// <summary>RB2025</summary>
    public static readonly DiagnosticDescriptor EmptyName = new(
        "RB2025", DiagnosticSeverity.Error, "Empty runbook name",
        "The runbook's name is empty; give it a short name such as \"salesforce-sandbox-refresh\".",
        "The runbook's name appears in plans, journals and reports, so it must say what the runbook is.");

    /// <summary>RB2026</summary>
    public static readonly DiagnosticDescriptor WrongArgumentCount = new(
        "RB2026", DiagnosticSeverity.Error, "Wrong number of arguments",
        "{0} takes {1}, but this call passes {2}.",
        "A function call must pass the arguments its signature asks for; optional ones may be left out from " +
        "the end. 'runbook steps NAME' shows a function's signature.");

    /// <summary>RB2027</summary>
    public static readonly DiagnosticDescriptor SecretNotAccepted = new(
        "RB2027", DiagnosticSeverity.Error, "Secret given to an attribute that does not take secrets",
        "'{0}' does not accept secrets, so secret(\"{1}\") cannot be given to it; " +
        "use env(\"{1}\") if the value is not secret.",
        "A value from secret(...) may only be given directly to an attribute that accepts secrets, such as a " +
        "connection's password; 'runbook steps KIND' marks them. Everything else may end up in plans, logs or " +
        "reports, where secrets must never appear.");

    /// <summary>RB2028</summary>
    public static readonly DiagnosticDescriptor SecretInOutput = new(
        "RB2028", DiagnosticSeverity.Error, "Secret used where it would be shown",
        "secret(\"{0}\") cannot be used in {1}: its value would reach plans, logs or reports.",
        "Secrets may only be given directly to attributes that accept them. Interpolating one into text, " +
        "comparing it in a require or expect, giving it to a function, or using it in a because text, a manual " +
        "step's instructions or a param default would expose it.");

    /// <summary>RB2100</summary>
    public static readonly DiagnosticDescriptor UnusedParam = new(
        "RB2100", DiagnosticSeverity.Warning, "Unused param",
        "Param '{0}' is declared but never used; remove it or use it as param.{0}.",
        "A param nobody reads still has to be supplied by whoever plans the runbook. Use it or remove it.");

    /// <summary>RB2101</summary>
    public static readonly DiagnosticDescriptor UnusedConnection = new(
        "RB2101", DiagnosticSeverity.Warning, "Unused connection",
        "Connection '{0}' is declared but never used; remove it or pass it to a step or function.",
        "Every connection is opened when the runbook plans. One that nothing uses costs a login and may ask " +
        "for secrets for nothing.");
}
