namespace Eboi.Email;

/// <summary>A message to send from a template; Values fill the template's Liquid names ({{ imie }}); the standard ones (gmina, urzad, adres, portal) are added.</summary>
public sealed record OutgoingEmail(string TemplateKey, string To, IReadOnlyDictionary<string, string> Values);
