-- The portal's accounts and its audit log. People sign in with a name and a password kept as
-- ASP.NET Core Identity's hash; each is tied to a role and, for officers, to the unit whose returns
-- they send and see. The first administrator is made by `vdw users add`, never by a default password.

-- Grain: one person who signs in to the portal.
CREATE TABLE dbo.portal_user (
    user_key              INT            IDENTITY (1, 1) NOT NULL CONSTRAINT pk_portal_user PRIMARY KEY,
    user_name             NVARCHAR(100)  NOT NULL CONSTRAINT ck_portal_user_name CHECK (LEN(user_name) >= 1),
    normalized_user_name  NVARCHAR(100)  NOT NULL CONSTRAINT uq_portal_user_normalized_name UNIQUE,  -- upper case: names are matched without regard to case
    display_name          NVARCHAR(200)  NOT NULL CONSTRAINT ck_portal_user_display_name CHECK (LEN(display_name) >= 1),
    role                  NVARCHAR(20)   NOT NULL CONSTRAINT ck_portal_user_role CHECK (role IN (N'district_officer', N'regional_officer', N'ministry_analyst', N'administrator')),
    unit_kato             NVARCHAR(9)    NULL CONSTRAINT ck_portal_user_unit CHECK (LEN(unit_kato) = 9),  -- the officer's district, city or region
    language              NVARCHAR(2)    NOT NULL CONSTRAINT ck_portal_user_language CHECK (language IN (N'kk', N'ru')),
    password_hash         NVARCHAR(200)  NOT NULL,
    security_stamp        NVARCHAR(64)   NOT NULL,                         -- changes with the password: signs out every other session
    access_failed_count   INT            NOT NULL CONSTRAINT ck_portal_user_failed CHECK (access_failed_count >= 0),
    lockout_end_utc       DATETIME2(0)   NULL,
    is_disabled           BIT            NOT NULL,
    created_at_utc        DATETIME2(0)   NOT NULL,
    CONSTRAINT ck_portal_user_role_unit CHECK ((role IN (N'district_officer', N'regional_officer') AND unit_kato IS NOT NULL)
        OR (role IN (N'ministry_analyst', N'administrator') AND unit_kato IS NULL))
);

-- Grain: one event on the record: a sign-in or a refused one, a sign-out, a change to an account.
CREATE TABLE dbo.portal_audit (
    audit_key        BIGINT         IDENTITY (1, 1) NOT NULL CONSTRAINT pk_portal_audit PRIMARY KEY,
    at_utc           DATETIME2(0)   NOT NULL,
    user_name        NVARCHAR(100)  NULL,                                  -- who did it; NULL when nobody was signed in
    action           NVARCHAR(30)   NOT NULL CONSTRAINT ck_portal_audit_action CHECK (action IN (N'signed_in', N'sign_in_refused', N'locked_out', N'signed_out', N'user_added', N'user_disabled', N'user_enabled', N'password_reset', N'uploaded', N'downloaded')),
    subject          NVARCHAR(400)  NULL,                                  -- whom or what it was done to: an account, a file
    remote_address   NVARCHAR(64)   NULL                                   -- where from; NULL for the command line
);

CREATE INDEX ix_portal_audit_at ON dbo.portal_audit (at_utc);

INSERT INTO dbo.dim_code_label (code_list, code, sort_order, name_kk, name_ru, name_en) VALUES
    (N'portal_role', N'district_officer', 1, N'Аудан немесе қала қызметкері', N'Сотрудник района или города', N'District or city officer'),
    (N'portal_role', N'regional_officer', 2, N'Облыс қызметкері', N'Сотрудник области', N'Regional officer'),
    (N'portal_role', N'ministry_analyst', 3, N'Министрлік талдаушысы', N'Аналитик министерства', N'Ministry analyst'),
    (N'portal_role', N'administrator', 4, N'Әкімші', N'Администратор', N'Administrator'),
    (N'audit_action', N'signed_in', 1, N'Кірді', N'Вход', N'Signed in'),
    (N'audit_action', N'sign_in_refused', 2, N'Кіру қабылданбады', N'Вход отклонен', N'Sign-in refused'),
    (N'audit_action', N'locked_out', 3, N'Тіркелгі бұғатталды', N'Учетная запись заблокирована', N'Locked out'),
    (N'audit_action', N'signed_out', 4, N'Шықты', N'Выход', N'Signed out'),
    (N'audit_action', N'user_added', 5, N'Пайдаланушы қосылды', N'Пользователь добавлен', N'User added'),
    (N'audit_action', N'user_disabled', 6, N'Пайдаланушы өшірілді', N'Пользователь отключен', N'User disabled'),
    (N'audit_action', N'user_enabled', 7, N'Пайдаланушы қайта қосылды', N'Пользователь включен', N'User enabled'),
    (N'audit_action', N'password_reset', 8, N'Құпиясөз қайта орнатылды', N'Пароль сброшен', N'Password reset'),
    (N'audit_action', N'uploaded', 9, N'Файл жіберілді', N'Файл отправлен', N'File uploaded'),

    (N'audit_action', N'downloaded', 10, N'Файл жүктеп алынды', N'Файл скачан', N'File downloaded');
