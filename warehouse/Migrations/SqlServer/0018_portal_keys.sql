-- The keys that sign and encrypt the portal's sign-in cookies and antiforgery tokens (ASP.NET Core
-- data protection), kept in the warehouse so that every node serving the portal reads the same ring:
-- a cookie made by one node is read by any other. Each key's secret is stored encrypted to the
-- certificate every node is given (Portal:KeyCertificate); what decrypts it is never in the warehouse.

-- Grain: one element of the key ring: a key, or a revocation of keys.
CREATE TABLE dbo.portal_key (
    key_name         NVARCHAR(100)  NOT NULL CONSTRAINT pk_portal_key PRIMARY KEY CONSTRAINT ck_portal_key_name CHECK (LEN(key_name) >= 1),  -- as ASP.NET Core names the element: key-{id} for a key
    key_xml          NVARCHAR(MAX)  NOT NULL,                                                                                       -- the element; a key's secret in it encrypted to the certificate
    stored_at_utc    DATETIME2(0)   NOT NULL
);
