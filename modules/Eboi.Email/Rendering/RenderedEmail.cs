namespace Eboi.Email.Rendering;

/// <summary>A template filled with values: what goes into the outbox row.</summary>
/// <param name="MissingPlaceholders">Placeholders that had no value and rendered as empty (logged as a warning).</param>
internal sealed record RenderedEmail(string Subject, string Text, string Html, IReadOnlyCollection<string> MissingPlaceholders);
