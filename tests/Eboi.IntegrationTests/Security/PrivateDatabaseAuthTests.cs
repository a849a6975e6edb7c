using Eboi.IntegrationTests.Infrastructure;
using Npgsql;

namespace Eboi.IntegrationTests.Security;

/// <summary>The private cluster of ./eboi (scripts/pg-local.sh) takes scram passwords only: no trust, not even on 127.0.0.1.</summary>
public sealed class PrivateDatabaseAuthTests
{
    [Theory]
    [InlineData("postgres")]
    [InlineData("eboi_owner")]
    [InlineData("eboi_app")]
    public async Task A_login_over_tcp_without_the_password_is_refused(string role)
    {
        var withPassfile = new NpgsqlConnectionStringBuilder(TestDatabase.AdminConnectionString) { Username = role, Pooling = false };
        await using (var ok = new NpgsqlConnection(withPassfile.ConnectionString)) await ok.OpenAsync();   // the generated password works

        // Neither the password file nor PGPASSFILE/~/.pgpass: an empty file stands in for them.
        var empty = Path.GetTempFileName();
        try
        {
            var none = new NpgsqlConnectionStringBuilder(withPassfile.ConnectionString) { Passfile = empty };
            await using var noPassword = new NpgsqlConnection(none.ConnectionString);
            await Assert.ThrowsAsync<NpgsqlException>(() => noPassword.OpenAsync());

            var wrong = new NpgsqlConnectionStringBuilder(none.ConnectionString) { Password = "not-the-password" };
            await using var wrongPassword = new NpgsqlConnection(wrong.ConnectionString);
            var refused = await Assert.ThrowsAsync<PostgresException>(() => wrongPassword.OpenAsync());
            Assert.Equal(PostgresErrorCodes.InvalidPassword, refused.SqlState);
        }
        finally { File.Delete(empty); }
    }
}
