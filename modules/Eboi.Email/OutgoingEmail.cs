namespace Eboi.Email;

/// <summary>A message to send from a template; Values fill {{placeholders}}.</summary>
public sealed record OutgoingEmail(string TemplateKey, string To, IReadOnlyDictionary<string, string> Values);
