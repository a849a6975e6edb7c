using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Eboi.Core.Data;

/// <summary>
/// Two connections: the owner (runs migrations, owns the tables) and the application role (NOSUPERUSER
/// NOBYPASSRLS, CRUD only), so RLS always applies to the running app.
/// </summary>
public sealed record DatabaseOptions(string OwnerConnectionString, string AppConnectionString, string AppRole)
{
    public const string DefaultAppRole = "eboi_app";

    public static DatabaseOptions From(IConfiguration configuration) => TryFrom(configuration)
        ?? throw new InvalidOperationException("ConnectionStrings:Eboi is not set. Start the app with ./eboi run, or set ConnectionStrings__Eboi.");

    /// <summary>The options, or null when no connection string is configured (verbs that never connect, such as recipe validate).</summary>
    public static DatabaseOptions? TryFrom(IConfiguration configuration)
    {
        if (configuration.GetConnectionString("Eboi") is not { Length: > 0 } owner) return null;
        var appRole = configuration["Eboi:Database:AppRole"] ?? DefaultAppRole;
        var app = configuration.GetConnectionString("EboiApp");
        if (string.IsNullOrEmpty(app))
        {
            var b = new NpgsqlConnectionStringBuilder(owner) { Username = appRole, Password = configuration["Eboi:Database:AppPassword"] };
            app = b.ConnectionString;
        }
        return new DatabaseOptions(owner, app, appRole);
    }
}
