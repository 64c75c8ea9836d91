-- The keys that sign and encrypt the portal's sign-in cookies and antiforgery tokens (ASP.NET Core
-- data protection), kept in the warehouse so that every node serving the portal reads the same ring:
-- a cookie made by one node is read by any other. Each key's secret is stored encrypted to the
-- certificate every node is given (Portal:KeyCertificate); what decrypts it is never in the warehouse.

-- Grain: one element of the key ring: a key, or a revocation of keys.
CREATE TABLE portal_key (
    key_name         TEXT    NOT NULL PRIMARY KEY CHECK (length(key_name) BETWEEN 1 AND 100),  -- as ASP.NET Core names the element: key-{id} for a key
    key_xml          TEXT    NOT NULL,                                                         -- the element; a key's secret in it encrypted to the certificate
    stored_at_utc    TEXT    NOT NULL
) STRICT;
