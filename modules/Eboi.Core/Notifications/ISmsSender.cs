namespace Eboi.Core.Notifications;

/// <summary>Sends a text message. The default writes it to the log (DESIGN: SMS); a gateway adapter replaces it.</summary>
public interface ISmsSender
{
    Task SendAsync(string phone, string text, CancellationToken ct);
}
