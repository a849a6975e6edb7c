namespace Eboi.Forms.Domain;

/// <summary>A message for one input: <see cref="Key"/> is the answer key (the input's name after "odp.").</summary>
internal sealed record FieldError(string Key, string Message);
