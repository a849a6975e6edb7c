namespace Eboi.Workflows;

/// <summary>The engine's built-in tasks by their stored names (definitions and recipes keep them: never rename).</summary>
public static class WorkflowTaskNames
{
    public const string SendEmail = "email.send";
    public const string NotifyPerson = "powiadom.osobe";
    public const string NotifyStaff = "panel.powiadom";
    public const string Assign = "przypisz";
    public const string SetStatus = "status.ustaw";
    public const string Condition = "warunek";
    public const string Wait = "czekaj";
    public const string Audit = "audyt";

    /// <summary>The outcome of tasks that simply finish.</summary>
    public const string Done = "gotowe";
}
