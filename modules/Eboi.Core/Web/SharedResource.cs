namespace Eboi.Core.Web;

/// <summary>Marker for the shared UI strings; Polish text is the key (IHtmlLocalizer&lt;SharedResource&gt;).</summary>
public sealed class SharedResource;
