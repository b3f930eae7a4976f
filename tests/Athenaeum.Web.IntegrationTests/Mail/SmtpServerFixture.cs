using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Athenaeum.Web.IntegrationTests.Mail;

/// <summary>
/// A real SMTP server for the tests: Python's aiosmtpd (Debian's <c>python3-aiosmtpd</c>, installed by
/// scripts/setup.sh) on a free 127.0.0.1 port, delivering into a Maildir that the tests read. Its
/// Mailbox handler adds <c>X-MailFrom</c> and <c>X-RcptTo</c> headers with the envelope.
/// </summary>
public sealed class SmtpServerFixture : IDisposable
{
    private readonly Process _process;

    public SmtpServerFixture()
    {
        MailDirectory = Path.Combine(Path.GetTempPath(), "athenaeum-smtp-" + Guid.NewGuid().ToString("N"));
        Port = FreePort();
        var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
        var start = new ProcessStartInfo(python)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-m", "aiosmtpd", "-n", "-l", "127.0.0.1:" + Port, "-c", "aiosmtpd.handlers.Mailbox", MailDirectory })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("python3 could not be started");
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!Accepts(Port))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException(
                    $"aiosmtpd exited with {_process.ExitCode} ({python} -m aiosmtpd; install python3-aiosmtpd): {_process.StandardError.ReadToEnd()}");
            }

            if (DateTime.UtcNow > deadline)
            {
                Dispose();
                throw new InvalidOperationException($"aiosmtpd did not listen on 127.0.0.1:{Port} within 20 s");
            }

            Thread.Sleep(100);
        }
    }

    /// <summary>Gets the server's port.</summary>
    public int Port { get; }

    /// <summary>Gets the Maildir.</summary>
    public string MailDirectory { get; }

    /// <summary>Gets a port on 127.0.0.1 that nothing listens on (for the unreachable-server case).</summary>
    /// <returns>The port.</returns>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Reads the delivered messages whose envelope recipients include an address.</summary>
    /// <param name="recipient">The address.</param>
    /// <returns>The messages.</returns>
    public IReadOnlyList<ReceivedMail> MessagesTo(string recipient)
    {
        var folder = Path.Combine(MailDirectory, "new");
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.EnumerateFiles(folder)
            .Select(f => ReceivedMail.Parse(File.ReadAllText(f)))
            .Where(m => m.Header("X-RcptTo").Contains(recipient, StringComparison.OrdinalIgnoreCase))
            .ToList();
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process.Dispose();
        if (Directory.Exists(MailDirectory))
        {
            Directory.Delete(MailDirectory, recursive: true);
        }
    }

    private static bool Accepts(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
