using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Eboi.Core;

namespace Eboi.IntegrationTests.Infrastructure;

/// <summary>
/// Debian's nginx as a child process in front of app instances, with a generated configuration in its own folder
/// (the one of docs/operator-guide.md): an upstream of the apps, plain http on one port and TLS on another.
/// </summary>
public sealed class NginxProcess : IDisposable
{
    private readonly Process process;

    public string Folder { get; }
    public Uri Http { get; }
    public Uri Https { get; }
    /// <summary>nginx's self-signed server certificate (clients trust exactly this one).</summary>
    public X509Certificate2 Certificate { get; }

    private NginxProcess(string folder, int httpPort, int httpsPort, X509Certificate2 certificate, Process process)
    {
        Folder = folder;
        Http = new Uri($"http://127.0.0.1:{httpPort}/");
        Https = new Uri($"https://127.0.0.1:{httpsPort}/");
        Certificate = certificate;
        this.process = process;
    }

    public static async Task<NginxProcess> StartAsync(params Uri[] upstreams)
    {
        var work = Environment.GetEnvironmentVariable("EBOI_TEST_WORK") is { Length: > 0 } w ? w : Path.GetTempPath();
        var folder = Path.Combine(work, "nginx", Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Path.Combine(folder, "tmp"));
        var certificate = WriteServerCertificate(folder);
        var (httpPort, httpsPort) = (LoopbackPorts.Free(), LoopbackPorts.Free());
        var servers = string.Join("\n", upstreams.Select(u => $"        server 127.0.0.1:{u.Port};"));
        var tmp = Path.Combine(folder, "tmp");
        // Workers of a root master run as 'nobody' unless told otherwise, and could not reach the temp folders here.
        var user = Environment.UserName == "root" ? "user root;" : "";
        await File.WriteAllTextAsync(Path.Combine(folder, "nginx.conf"), $$"""
            {{user}}
            worker_processes 1;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log warn;
            events { worker_connections 256; }
            http {
                access_log {{folder}}/access.log;
                client_body_temp_path {{tmp}}/body;
                proxy_temp_path {{tmp}}/proxy;
                fastcgi_temp_path {{tmp}}/fastcgi;
                uwsgi_temp_path {{tmp}}/uwsgi;
                scgi_temp_path {{tmp}}/scgi;
                upstream eboi {
            {{servers}}
                }
                server {
                    listen 127.0.0.1:{{httpPort}};
                    listen 127.0.0.1:{{httpsPort}} ssl;
                    ssl_certificate {{folder}}/tls.crt;
                    ssl_certificate_key {{folder}}/tls.key;
                    location / {
                        proxy_pass http://eboi;
                        proxy_set_header Host $host;
                        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                        proxy_set_header X-Forwarded-Proto $scheme;
                    }
                }
            }
            """);
        var start = new ProcessStartInfo("nginx")
        {
            ArgumentList = { "-p", folder, "-c", Path.Combine(folder, "nginx.conf"), "-e", Path.Combine(folder, "error.log"), "-g", "daemon off;" },
            RedirectStandardError = true, RedirectStandardOutput = true,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("nginx did not start");
        var nginx = new NginxProcess(folder, httpPort, httpsPort, certificate, process);
        for (var i = 0; i < 100; i++)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"nginx exited: {await process.StandardError.ReadToEndAsync()}{ReadLog(folder)}");
            if (Listening(httpPort) && Listening(httpsPort)) return nginx;
            await Task.Delay(100);
        }
        nginx.Dispose();
        throw new InvalidOperationException("nginx did not listen within 10 s" + ReadLog(folder));
    }

    public void Dispose()
    {
        // The master and its worker: both started here.
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.WaitForExit(5000);
        process.Dispose();
        Certificate.Dispose();
    }

    private static X509Certificate2 WriteServerCertificate(string folder)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=eboi.test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddDnsName("eboi.test");
        san.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        var cert = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        File.WriteAllText(Path.Combine(folder, "tls.crt"), cert.ExportCertificatePem());
        SecretFiles.Write(Path.Combine(folder, "tls.key"), System.Text.Encoding.ASCII.GetBytes(rsa.ExportPkcs8PrivateKeyPem()));
        return X509CertificateLoader.LoadCertificate(cert.RawData);
    }

    private static string ReadLog(string folder) =>
        File.Exists(Path.Combine(folder, "error.log")) ? "\n" + File.ReadAllText(Path.Combine(folder, "error.log")) : "";

    private static bool Listening(int port)
    {
        try { using var c = new TcpClient(); c.Connect(IPAddress.Loopback, port); return true; }
        catch (SocketException) { return false; }
    }
}
