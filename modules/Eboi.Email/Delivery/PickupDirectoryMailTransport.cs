using MimeKit;

namespace Eboi.Email.Delivery;

/// <summary>With no SMTP server configured, writes each message as an .eml file into the data folder (DESIGN).</summary>
internal sealed class PickupDirectoryMailTransport(string directory) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        Directory.CreateDirectory(directory);
        var name = Guid.NewGuid().ToString("N");
        // Written under a name readers ignore, then renamed: whoever watches the folder never sees half a message.
        var temp = Path.Combine(directory, $".{name}.tmp");
        try
        {
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
            {
                await message.WriteToAsync(file, ct);
                await file.FlushAsync(ct);
            }
            File.Move(temp, Path.Combine(directory, name + ".eml"));
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
