using Eboi.Core;
using Eboi.Core.Tenancy;
using Microsoft.Extensions.Options;

namespace Eboi.Email.Delivery;

/// <summary>Picks the transport for a tenant's message: the seam for per-tenant SMTP servers later.</summary>
internal interface IMailTransportResolver
{
    IMailTransport For(TenantInfo tenant);
}

/// <summary>Today every tenant shares one transport: SMTP when Eboi:Mail:Smtp:Host is set, else .eml files.</summary>
internal sealed class MailTransportResolver(IOptionsMonitor<EmailOptions> options, IOptionsMonitor<EboiOptions> eboi) : IMailTransportResolver
{
    public IMailTransport For(TenantInfo tenant)
    {
        var o = options.CurrentValue;
        return o.Smtp.IsConfigured ? new SmtpMailTransport(o.Smtp) : new PickupDirectoryMailTransport(EmailOptions.PickupDirectory(eboi.CurrentValue));
    }
}
