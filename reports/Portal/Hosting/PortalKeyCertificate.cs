using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Portal.Hosting;

/// <summary>
/// The certificate the portal's keys are encrypted to before they are stored in the warehouse: the
/// .pfx file of <c>Portal:KeyCertificate</c>, the same on every node; or, when none is given, one
/// the portal makes once in its <c>Portal:Keys</c> folder (so that the one-command start needs no
/// setup, and nodes on one machine share it). A file that is missing or does not open stops the
/// start with the setting named and what to do.
/// </summary>
public static class PortalKeyCertificate
{
    /// <summary>The name of the certificate the portal makes in its keys folder.</summary>
    public const string FileName = "portal-keys.pfx";

    private static readonly string _certificateKey = $"{PortalSettings.Section}:{nameof(PortalSettings.KeyCertificate)}";
    private static readonly string _passwordKey = $"{PortalSettings.Section}:{nameof(PortalSettings.KeyCertificatePassword)}";

    /// <summary>The configured certificate, or the one in the keys folder (made first when there is none).</summary>
    public static X509Certificate2 Of(PortalSettings settings, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return string.IsNullOrWhiteSpace(settings.KeyCertificate)
            ? InKeysFolder(settings.Keys, time)
            : Configured(settings.KeyCertificate.Trim(), settings.KeyCertificatePassword);
    }

    private static X509Certificate2 Configured(string path, string? password)
    {
        if (!File.Exists(path))
        {
            throw new WarehouseConfigurationException(
                $"{_certificateKey} is '{path}', which does not exist; it must be the .pfx file every node of the portal is given, "
                + $"or empty for the portal to make its own in {PortalSettings.Section}:{nameof(PortalSettings.Keys)}.");
        }

        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password);
        }
        catch (CryptographicException exception)
        {
            throw new WarehouseConfigurationException(
                $"{_certificateKey} '{path}' does not open with {_passwordKey} ({exception.Message.TrimEnd('.')}); "
                + "give the password the .pfx file was exported with, or none for a file exported without one.", exception);
        }

        // The keys are encrypted to the certificate's RSA key (XML encryption), and a node decrypts them with its private key.
        using (var key = certificate.GetRSAPrivateKey())
        {
            if (key is not null)
            {
                return certificate;
            }
        }

        certificate.Dispose();
        throw new WarehouseConfigurationException(
            $"{_certificateKey} '{path}' holds no RSA private key; export a certificate with an RSA key, and the key with it, into the .pfx file.");
    }

    private static X509Certificate2 InKeysFolder(string folder, TimeProvider time)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            Make(folder, path, time);
        }

        return X509CertificateLoader.LoadPkcs12FromFile(path, password: null);
    }

    // Nodes starting at the same moment each make one, but only one is moved into place: each is
    // written whole under a name of its own, then moved to the shared name without overwriting, so a
    // node that finds the name taken uses the certificate already there.
    private static void Make(string folder, string path, TimeProvider time)
    {
        Directory.CreateDirectory(folder);
        var written = Path.Combine(folder, $".{FileName}.{Guid.NewGuid():N}.tmp");
        try
        {
            WriteForOwnerOnly(written, SelfSigned(time));
            File.Move(written, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another node's certificate was moved into place first: that one is used.
        }
        finally
        {
            File.Delete(written);
        }
    }

    private static byte[] SelfSigned(TimeProvider time)
    {
        // 2048 bits, as ASP.NET Core's own development certificate: each key it protects lives 90 days.
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=VolunteerDW portal keys", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment, critical: true));
        // Only ever used to encrypt the keys, which nothing checks its dates for: it should outlive the installation.
        var now = time.GetUtcNow();
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(100));
        return certificate.Export(X509ContentType.Pfx);
    }

    // The file holds the private key without a password: readable by the service's account alone.
    private static void WriteForOwnerOnly(string path, byte[] content)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var stream = new FileStream(path, options);
        stream.Write(content);
        stream.Flush(flushToDisk: true);
    }
}
