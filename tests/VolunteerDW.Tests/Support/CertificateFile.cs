using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace VolunteerDW.Tests.Support;

/// <summary>Certificates as an operator gives them to the portal: a .pfx file with its RSA key.</summary>
internal static class CertificateFile
{
    public const string Subject = "CN=a certificate the operator gave";

    /// <summary>
    /// A new certificate's .pfx file in <paramref name="folder"/>, exported with <paramref name="password"/>
    /// and, unless <paramref name="withPrivateKey"/> is false, its private key.
    /// </summary>
    public static string Write(string folder, string password, bool withPrivateKey = true)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(Subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2050, 1, 1, 0, 0, 0, TimeSpan.Zero));
        using var exported = withPrivateKey ? certificate : X509CertificateLoader.LoadCertificate(certificate.RawData);
        var path = Path.Combine(folder, $"{Guid.NewGuid():N}.pfx");
        File.WriteAllBytes(path, exported.Export(X509ContentType.Pfx, password));
        return path;
    }
}
