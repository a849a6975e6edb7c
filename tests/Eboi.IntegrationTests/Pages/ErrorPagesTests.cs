using System.Net;
using Eboi.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Eboi.Catalog;

namespace Eboi.IntegrationTests.Pages;

/// <summary>An unhandled exception becomes the Polish 500 page in the tenant's theme, without details.</summary>
public sealed class ErrorPagesTests : FreshAppTest
{
    protected override void ConfigureServices(IServiceCollection services) => services.AddTransient<IStartupFilter, ThrowingEndFilter>();


    [Fact]
    public async Task Unhandled_exception_shows_the_polish_500_page_in_the_tenants_theme()
    {
        var (response, doc) = await Html.GetAsync(App.CreateClient(), "/pulawy/awaria/testowa");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Wystąpił błąd", doc.QuerySelector("h1")!.TextContent);
        Assert.Contains("theme-pulawy", doc.Body!.ClassName);
        Assert.DoesNotContain("InvalidOperationException", doc.DocumentElement.OuterHtml);
    }

    [Fact]
    public async Task A_second_start_keeps_the_data_and_seeds_nothing()
    {
        var client = App.CreateClient();
        var before = await client.GetStringAsync($"/kozy{CatalogPaths.List}");
        await using var second = new EboiAppFactory(Db);
        var again = await second.CreateClient().GetStringAsync($"/kozy{CatalogPaths.List}");
        Assert.Equal(before, again);
        await using var conn = new Npgsql.NpgsqlConnection(new Npgsql.NpgsqlConnectionStringBuilder(TestDatabase.AdminConnectionString) { Database = Db.Name }.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new Npgsql.NpgsqlCommand("SELECT count(*) FROM content_versions WHERE number > 1", conn);
        Assert.Equal(0L, (long)(await cmd.ExecuteScalarAsync())!);
    }

    /// <summary>Adds, after the whole pipeline, a throw for one path that no endpoint handles.</summary>
    private sealed class ThrowingEndFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((context, following) => context.Request.Path == "/awaria/testowa"
                ? throw new InvalidOperationException("simulated failure")
                : following(context));
        };
    }
}
