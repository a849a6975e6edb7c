using Eboi.HostPanel.Accounts;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.IntegrationTests.Users;
using Microsoft.Extensions.DependencyInjection;
using Eboi.HostPanel;

namespace Eboi.IntegrationTests.HostPanel;

/// <summary>Host operators for tests: created through the real service, signed in through the real login form.</summary>
public static class Operators
{
    public static async Task<(string Login, string Password)> CreateAsync(EboiAppFactory app)
    {
        using var scope = app.Services.CreateScope();
        var login = $"op.{Guid.NewGuid():N}"[..16];
        var password = await scope.ServiceProvider.GetRequiredService<OperatorAccounts>().CreateAsync(login, "Olga Operatorka");
        return (login, password);
    }

    public static async Task<HttpClient> SignInAsync(EboiAppFactory app, string login, string password)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var (response, _) = await FormPost.SubmitAsync(client, HostPanelPaths.Login, new Dictionary<string, string> { ["Form.Login"] = login, ["Form.Password"] = password });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static async Task<HttpClient> SignedInAsync(EboiAppFactory app)
    {
        var (login, password) = await CreateAsync(app);
        return await SignInAsync(app, login, password);
    }
}
