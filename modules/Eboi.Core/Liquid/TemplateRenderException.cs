namespace Eboi.Core.Liquid;

/// <summary>A template could not be parsed or rendered within the sandbox's limits.</summary>
public sealed class TemplateRenderException(string message, Exception? inner = null) : Exception(message, inner);
