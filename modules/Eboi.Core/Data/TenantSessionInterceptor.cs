using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Eboi.Core.Data;

/// <summary>
/// Writes the context's tenant (app.tenant_id) and worker scope (app.scope) into session settings on every
/// connection open, which the RLS policies read. Always writes both ('' for none) in one round trip, so a pooled
/// connection never keeps a previous tenant or scope.
/// </summary>
public sealed class TenantSessionInterceptor : DbConnectionInterceptor
{
    private const string Sql = "SELECT set_config('app.tenant_id', @tenant, false), set_config('app.scope', @scope, false)";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var cmd = Build(connection, eventData.Context);
        cmd.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var cmd = Build(connection, eventData.Context);
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbCommand Build(DbConnection connection, DbContext? context)
    {
        var cmd = connection.CreateCommand();
        cmd.CommandText = Sql;
        var p = cmd.CreateParameter();
        p.ParameterName = "tenant";
        p.Value = (context as EboiDbContext)?.TenantId?.ToString() ?? "";
        cmd.Parameters.Add(p);
        var scope = cmd.CreateParameter();
        scope.ParameterName = "scope";
        scope.Value = (context as EboiDbContext)?.WorkerScope ?? "";
        cmd.Parameters.Add(scope);
        return cmd;
    }
}
