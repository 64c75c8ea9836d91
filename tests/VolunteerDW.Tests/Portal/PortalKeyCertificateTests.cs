using VolunteerDW.Portal.Hosting;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Tests.Portal;

/// <summary>
/// The certificate the portal's keys are encrypted to: the one the operator gives every node, or
/// one the portal makes once in its keys folder, for its owner's eyes only, however many nodes
/// start at once; a certificate that is not there or does not open stops the start, saying which setting to fix.
/// </summary>
public sealed class PortalKeyCertificateTests : IDisposable
{
    private static readonly FixedTime Now = new(new DateTimeOffset(2026, 7, 1, 4, 0, 0, TimeSpan.Zero));

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("vdw-key-certificate-test-");

    private string Keys => Path.Combine(_folder.FullName, "keys");

    [Fact]
    public void With_none_given_one_is_made_in_the_keys_folder_readable_by_its_owner_alone_and_kept()
    {
        var settings = new PortalSettings { Keys = Keys };

        using var made = PortalKeyCertificate.Of(settings, Now);
        using var again = PortalKeyCertificate.Of(settings, Now);

        Assert.Equal(made.Thumbprint, again.Thumbprint);
        Assert.True(made.HasPrivateKey);
        var file = Assert.Single(Directory.GetFiles(Keys));
        Assert.Equal(PortalKeyCertificate.FileName, Path.GetFileName(file));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
    }

    [Fact]
    public async Task Many_nodes_making_it_at_the_same_moment_end_with_one_certificate_all_of_them_use()
    {
        const int Nodes = 6;
        var settings = new PortalSettings { Keys = Keys };
        using var together = new Barrier(Nodes);

        var certificates = await Task.WhenAll(Enumerable.Range(0, Nodes).Select(_ => Task.Run(() =>
        {
            together.SignalAndWait();
            return PortalKeyCertificate.Of(settings, Now);
        })));

        try
        {
            Assert.Single(certificates.Select(c => c.Thumbprint).Distinct());
            Assert.Equal([PortalKeyCertificate.FileName], Directory.GetFiles(Keys).Select(f => Path.GetFileName(f)));
        }
        finally
        {
            foreach (var certificate in certificates)
            {
                certificate.Dispose();
            }
        }
    }

    [Fact]
    public void A_configured_certificate_is_used_and_none_is_made()
    {
        var file = CertificateFile.Write(_folder.FullName, "the password");

        using var certificate = PortalKeyCertificate.Of(new PortalSettings { Keys = Keys, KeyCertificate = file, KeyCertificatePassword = "the password" }, Now);

        Assert.Equal(CertificateFile.Subject, certificate.Subject);
        Assert.True(certificate.HasPrivateKey);
        Assert.False(Directory.Exists(Keys));
    }

    [Fact]
    public void A_configured_certificate_that_does_not_exist_stops_the_start_naming_the_setting_and_the_fix()
    {
        var missing = Path.Combine(_folder.FullName, "nowhere.pfx");

        var wrong = Assert.Throws<WarehouseConfigurationException>(() => PortalKeyCertificate.Of(new PortalSettings { Keys = Keys, KeyCertificate = missing }, Now));

        Assert.Equal(
            $"Portal:KeyCertificate is '{missing}', which does not exist; it must be the .pfx file every node of the portal is given, or empty for the portal to make its own in Portal:Keys.",
            wrong.Message);
    }

    [Theory]
    [InlineData("not the password")]
    [InlineData(null)]
    public void A_wrong_password_stops_the_start_naming_the_setting_and_the_fix(string? password)
    {
        var file = CertificateFile.Write(_folder.FullName, "the password");

        var wrong = Assert.Throws<WarehouseConfigurationException>(() => PortalKeyCertificate.Of(new PortalSettings { Keys = Keys, KeyCertificate = file, KeyCertificatePassword = password }, Now));

        Assert.StartsWith($"Portal:KeyCertificate '{file}' does not open with Portal:KeyCertificatePassword (", wrong.Message, StringComparison.Ordinal);
        Assert.EndsWith("give the password the .pfx file was exported with, or none for a file exported without one.", wrong.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_configured_certificate_without_its_private_key_stops_the_start_naming_the_setting()
    {
        var file = CertificateFile.Write(_folder.FullName, "the password", withPrivateKey: false);

        var wrong = Assert.Throws<WarehouseConfigurationException>(() => PortalKeyCertificate.Of(new PortalSettings { Keys = Keys, KeyCertificate = file, KeyCertificatePassword = "the password" }, Now));

        Assert.Equal($"Portal:KeyCertificate '{file}' holds no RSA private key; export a certificate with an RSA key, and the key with it, into the .pfx file.", wrong.Message);
    }

    [Fact]
    public async Task Serve_with_a_certificate_that_does_not_open_stops_with_the_message_and_runs_nothing()
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(WarehouseEngine.Sqlite);
        var file = CertificateFile.Write(warehouse.Folder, "the password");
        var config = Path.Combine(warehouse.Folder, "service.json");
        await File.WriteAllTextAsync(config, $$"""{ "Portal": { "Urls": "http://127.0.0.1:0", "KeyCertificate": "{{file}}", "KeyCertificatePassword": "not the password" } }""");

        var run = await CliRun.ExecuteAsync(["serve", "--config", config, .. warehouse.CliOptions]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"vdw: Portal:KeyCertificate '{file}' does not open with Portal:KeyCertificatePassword (", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("not the password", run.Error + run.Output, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
