namespace Eboi.Core.Workflows;

/// <summary>
/// What a workflow knows of an event: flat string values (the Liquid model), the subject it concerns and the person to
/// write to. Instances started by an event keep it; a Wait step resumes early on a later event with the same subject.
/// </summary>
/// <param name="Subject">What the event is about ("usterka" + report id), so later events can find waiting instances; null if nothing.</param>
/// <param name="Values">Every declared <see cref="WorkflowField"/> by name; missing ones render empty.</param>
/// <param name="PersonEmail">The citizen concerned (the reporter, the payer), the "osoba" recipient of SendEmail; null when unknown.</param>
public sealed record WorkflowEventData(WorkflowSubject? Subject, IReadOnlyDictionary<string, string> Values, string? PersonEmail);

/// <summary>A record a workflow acts on: its type (<see cref="IWorkflowSubjectType.Type"/>) and id within the tenant.</summary>
public sealed record WorkflowSubject(string Type, string Id);
